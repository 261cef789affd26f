import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import { completeSentences } from '../../src/lib/sentences';
import { readSiblings, type Sibling } from './siblings';

/** Every complete sentence of a tree with the line of its paragraph. */
function sentencesOf(tree: Root): { sentence: string; line: number | undefined }[] {
  const found: { sentence: string; line: number | undefined }[] = [];
  visit(tree, 'paragraph', (node) => {
    for (const sentence of completeSentences(toString(node))) found.push({ sentence, line: node.position?.start.line });
  });
  return found;
}

const position = (sibling: Sibling) => sibling.data?.order ?? Number.POSITIVE_INFINITY;

/**
 * No sentence appears twice in the collection: each sentence of this file must not occur
 * earlier in it, nor in a file that comes before it in reading order.
 */
const noRepeatedSentence = lintRule<Root>('speech-lint:no-repeated-sentence', (tree, file) => {
  const siblings = file.path ? readSiblings(file.path) : [];
  const self = siblings.find((s) => s.path === file.path);
  const earlier = new Map<string, string>();
  // In reading order, so a message names the first file that has the sentence.
  for (const sibling of [...siblings].sort((a, b) => position(a) - position(b))) {
    if (!self || sibling === self || position(sibling) >= position(self)) continue;
    for (const { sentence, line } of sentencesOf(sibling.tree)) {
      if (!earlier.has(sentence)) earlier.set(sentence, `${sibling.id}.md (line ${line})`);
    }
  }
  visit(tree, 'paragraph', (node) => {
    for (const sentence of completeSentences(toString(node))) {
      const first = earlier.get(sentence);
      if (first) file.message(`body: sentence "${sentence}" also appears in ${first}`, node);
      else earlier.set(sentence, `${file.stem ?? ''}.md (line ${node.position?.start.line})`);
    }
  });
});

export default noRepeatedSentence;
