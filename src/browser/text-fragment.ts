/**
 * Text fragments (#:~:text=…, https://wicg.github.io/scroll-to-text-fragment/) for quote links.
 * Pure string functions, so they are unit-tested without a browser.
 */

/** Quotes longer than this many characters are linked by their start and end (textStart,textEnd). */
const SHORT_QUOTE = 40;
/** Minimum length of textStart and textEnd in a long quote. */
const EDGE = 10;

/** A selection end: the text of its paragraph and the character offset in it. */
export interface TextPoint {
  text: string;
  offset: number;
  /** The page's text before this paragraph: where the browser looks first for the quote. */
  before?: string;
}

/** Indexes where words start in `text`, plus its length (every index without a segmenter). */
export function wordBoundaries(text: string, words?: Intl.Segmenter): number[] {
  return words ? [...words.segment(text)].map((s) => s.index).concat(text.length) : [...Array(text.length + 1).keys()];
}

/** Percent-encode a directive term: encodeURIComponent plus "-" (the spec reserves - , &). */
export const encodeTerm = (text: string): string => encodeURIComponent(text).replace(/-/g, '%2D');

/**
 * The text directive's value for a selection from `start` to `end` (the same paragraph when
 * `start.text === end.text` and `sameBlock`). Browsers match whole words only, so the selection
 * is widened to word boundaries; long quotes become "textStart,textEnd". Browsers open the first
 * match on the page, so a quote that also occurs earlier gets a "prefix-" of the words before it.
 */
export function textDirective(start: TextPoint, end: TextPoint, sameBlock: boolean, words?: Intl.Segmenter): string {
  const inStart = wordBoundaries(start.text, words);
  const inEnd = sameBlock ? inStart : wordBoundaries(end.text, words);
  const s = inStart.filter((i) => i <= start.offset).pop() ?? 0;
  const e = inEnd.find((i) => i >= end.offset) ?? end.text.length;
  const short = sameBlock && e - s <= SHORT_QUOTE;
  const first = start.text.slice(s, short ? e : (inStart.find((i) => i >= s + EDGE) ?? start.text.length));
  // Widen the prefix a word at a time until the first match on the page is the selected one.
  const before = start.before ?? '';
  const page = before + start.text;
  const earlier = (from: number): boolean => page.indexOf(start.text.slice(from, s) + first) < before.length + from;
  let from = s;
  for (const i of inStart.filter((i) => i < s).reverse()) {
    if (!earlier(from)) break;
    from = i;
  }
  const prefix = start.text.slice(from, s).trim();
  return (
    (prefix ? `${encodeTerm(prefix)}-,` : '') +
    encodeTerm(first.trim()) +
    (short ? '' : `,${encodeTerm(end.text.slice(inEnd.filter((i) => i <= e - EDGE).pop() ?? 0, e).trim())}`)
  );
}

/** `url` with a text directive appended (after its fragment, if it has one). */
export function withTextDirective(url: string, directive: string): string {
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${directive}`;
}
