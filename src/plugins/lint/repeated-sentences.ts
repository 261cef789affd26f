import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { completeSentences } from '../../lib/sentences';

export interface ParsedFile {
  /** Path shown in messages. */
  file: string;
  tree: Root;
}

/**
 * No sentence (and so no passage) appears twice across the collection: a check over all
 * files at once, so it is a function over the trees rather than a per-file lint rule.
 */
export function findRepeatedSentences(files: readonly ParsedFile[]): string[] {
  const seen = new Map<string, { file: string; line: number | undefined }>();
  const problems: string[] = [];
  for (const { file, tree } of files) {
    visit(tree, 'paragraph', (node) => {
      const line = node.position?.start.line;
      for (const sentence of completeSentences(toString(node))) {
        const first = seen.get(sentence);
        if (first) {
          problems.push(`${file}: body: sentence "${sentence}" (line ${line}) also appears in ${first.file} (line ${first.line})`);
        } else {
          seen.set(sentence, { file, line });
        }
      }
    });
  }
  return problems;
}
