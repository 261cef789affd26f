import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import { ui } from '../i18n/ui';
import rehypePhrases from './phrases';

/**
 * The heading treatment of Markdown: rehype-slug gives each heading its id and
 * rehype-autolink-headings puts a "#" link to it right after the heading, both wrapped in
 * `div.heading` so CSS can show the link on hover and focus. Headings that pages build from
 * front matter write the same markup directly (src/components/Heading.astro); a unit test
 * renders both and compares them.
 */
export const autolinkOptions: AutolinkOptions = {
  behavior: 'after',
  group: (heading) => h('div', { className: ['heading', `heading-${heading.tagName}`] }),
  // Named after the heading for screen readers; its "#" is drawn by CSS (.anchor::before), so it
  // is no text of the page: quote links must not depend on a character that browsers match
  // (Chromium does, even at opacity 0) but the link generator skips as invisible.
  properties: (heading) => ({ className: ['anchor'], ariaLabel: ui.reading.anchorLabel + toString(heading) }),
  content: [],
};

/** The rehype plugins of astro.config.ts `markdown.rehypePlugins` (phrases: src/plugins/phrases.ts). */
export const headingPlugins: [typeof rehypeSlug, typeof rehypePhrases, [typeof rehypeAutolinkHeadings, AutolinkOptions]] = [
  rehypeSlug,
  rehypePhrases,
  [rehypeAutolinkHeadings, autolinkOptions],
];
