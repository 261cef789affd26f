import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import { unified } from 'unified';
import { ui } from '../i18n/ui';

/**
 * One heading treatment for the whole site: rehype-slug gives each heading its id and
 * rehype-autolink-headings puts a link to it right after the heading, both wrapped in
 * `div.heading` so CSS can show the link on hover and focus. Markdown bodies get it through
 * astro.config.ts (`headingPlugins`); headings that layouts build from front matter get it
 * through `renderHeading`, with the same options object.
 */
export const autolinkOptions: AutolinkOptions = {
  behavior: 'after',
  group: (heading) => h('div', { className: ['heading', `heading-${heading.tagName}`] }),
  // The link's own text is a decorative "#": name it after the heading for screen readers.
  properties: (heading) => ({ className: ['anchor'], ariaLabel: ui.reading.anchorLabel + toString(heading) }),
  content: h('span', { ariaHidden: 'true' }, '#'),
};

/** The rehype plugins of astro.config.ts `markdown.rehypePlugins`. */
export const headingPlugins: [typeof rehypeSlug, [typeof rehypeAutolinkHeadings, AutolinkOptions]] = [
  rehypeSlug,
  [rehypeAutolinkHeadings, autolinkOptions],
];

const processor = unified()
  .use(headingPlugins[0])
  .use(...headingPlugins[1]);

/**
 * HTML of one heading (with its slug id and anchor link) exactly as a Markdown heading would
 * render. Ids are unique within one call only: a page must not repeat a heading text.
 */
export function renderHeading(heading: Element): string {
  const tree: Root = { type: 'root', children: [structuredClone(heading)] };
  return toHtml(processor.runSync(tree) as Root);
}
