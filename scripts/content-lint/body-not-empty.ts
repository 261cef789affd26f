import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lintRule } from 'unified-lint-rule';

/** A passage file holds text, not only front matter. */
const bodyNotEmpty = lintRule<Root>('speech-lint:body-not-empty', (tree, file) => {
  const hasText = tree.children.some((node) => node.type !== 'yaml' && toString(node).trim() !== '');
  if (!hasText) file.message('body: empty; a passage file needs the passage text after its front matter', tree.children[0] ?? tree);
});

export default bodyNotEmpty;
