import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import { endsSentence } from '../../src/lib/sentences';

/** Every paragraph of a passage ends a sentence: text cut by a break must be joined. */
const paragraphEndsSentence = lintRule<Root>('speech-lint:paragraph-ends-sentence', (tree, file) => {
  visit(tree, 'paragraph', (node) => {
    const text = toString(node);
    if (!endsSentence(text)) file.message(`body: paragraph does not end a sentence: "…${text.slice(-15)}"`, node);
  });
});

export default paragraphEndsSentence;
