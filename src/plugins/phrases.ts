import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { phrases } from '../lib/phrases';

const HEADING = /^h[1-6]$/;

/**
 * Markdown headings break lines between phrases, as the headings pages write
 * (src/components/Phrases.astro): a heading whose content is plain text gets it as
 * span.phrases with a <wbr> between phrases. Headings with markup inside are left alone.
 */
export default function rehypePhrases() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (!HEADING.test(node.tagName)) return;
      const [only] = node.children;
      if (node.children.length !== 1 || only?.type !== 'text') return;
      const children = phrases(only.value).flatMap((phrase, i): ElementContent[] =>
        i === 0 ? [{ type: 'text', value: phrase }] : [h('wbr'), { type: 'text', value: phrase }],
      );
      node.children = [h('span', { className: ['phrases'] }, children)];
    });
  };
}
