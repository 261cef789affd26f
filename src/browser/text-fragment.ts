import {
  generateFragmentFromRange,
  isValidRangeForFragmentGeneration,
  setTimeout as setGenerationTimeout,
  type TextFragment,
} from 'text-fragments-polyfill/dist/fragment-generation-utils.js';

/**
 * Quote links: the section URL plus a text fragment (#:~:text=…,
 * https://wicg.github.io/scroll-to-text-fragment/) found by text-fragments-polyfill, the
 * generator Chromium's "Copy link to highlight" is built on. It widens the selection to whole
 * words (browsers match Chinese by word) and adds a prefix or suffix until the directive matches
 * only the selection in the whole page: contents, menus and pager included.
 */

// The default, 500 ms, runs out on /full/ on a slow phone.
setGenerationTimeout(2000);

/** Percent-encode a directive term: encodeURIComponent plus "-" (the spec reserves - , &). */
export const encodeTerm = (text: string): string => encodeURIComponent(text).replace(/-/g, '%2D');

/** The text directive's value: `prefix-,textStart,textEnd,-suffix`, the optional parts only where present. */
export function textDirective({ prefix, textStart, textEnd, suffix }: TextFragment): string {
  return (
    (prefix ? `${encodeTerm(prefix)}-,` : '') +
    encodeTerm(textStart) +
    (textEnd ? `,${encodeTerm(textEnd)}` : '') +
    (suffix ? `,-${encodeTerm(suffix)}` : '')
  );
}

/** `url` with a text directive appended (after its fragment, if it has one). */
export function withTextDirective(url: string, directive: string): string {
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${directive}`;
}

/**
 * `url` with a text fragment that opens at `range` on this page; just `url` where the browser
 * has no text fragments or no fragment singles the range out.
 */
export function quoteLink(url: string, range: Range): string {
  if (!('fragmentDirective' in document) || !isValidRangeForFragmentGeneration(range)) return url;
  // The generator moves the range it is given: keep the reader's selection as it is. It returns
  // a fragment only on success.
  const { fragment } = generateFragmentFromRange(range.cloneRange());
  return fragment ? withTextDirective(url, textDirective(fragment)) : url;
}
