import type { Page } from '@playwright/test';

/** One line break as a reader sees it: the text of the element and the offset where the line broke. */
export interface LineBreak {
  /** What was measured: "h1", ".toc a", … and the element's text. */
  element: string;
  text: string;
  /** Offset in `text` of the first character of the new line. */
  at: number;
}

export interface MeasuredElement {
  element: string;
  text: string;
  /** Number of rendered lines. */
  lines: number;
  /** The characters that start a line after the first, as offsets in `text`. */
  breaks: number[];
  /** Offsets of the last character of the previous line, in the same order as `breaks`. */
  lastBefore: number[];
  /** Where the browser's word segmenter (Intl.Segmenter, zh) puts word boundaries in `text`. */
  wordBoundaries: number[];
}

/**
 * The rendered lines of every visible element matching `selectors`, in one pass over the page:
 * each character's box (Range.getClientRects), a new line wherever a character starts below the
 * middle of the one before. White space and collapsed characters (no box) are skipped.
 */
export async function measureLines(page: Page, selectors: readonly string[]): Promise<MeasuredElement[]> {
  return page.evaluate((selectorList) => {
    const words = new Intl.Segmenter('zh', { granularity: 'word' });
    const measured: MeasuredElement[] = [];
    for (const selector of selectorList) {
      for (const element of document.querySelectorAll(selector)) {
        if (!element.getClientRects().length) continue;
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
        let text = '';
        let previous: { index: number; middle: number } | undefined;
        const breaks: number[] = [];
        const lastBefore: number[] = [];
        const range = document.createRange();
        for (const node of nodes) {
          for (let i = 0; i < node.data.length; i++) {
            const index = text.length + i;
            if (/\s/.test(node.data.charAt(i))) continue;
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = [...range.getClientRects()].find((rect) => rect.width > 0 && rect.height > 0);
            if (!box) continue;
            if (previous && box.top > previous.middle) {
              breaks.push(index);
              lastBefore.push(previous.index);
            }
            previous = { index, middle: (box.top + box.bottom) / 2 };
          }
          text += node.data;
        }
        const wordBoundaries = [...words.segment(text)].map((segment) => segment.index);
        if (previous) measured.push({ element: selector, text, lines: breaks.length + 1, breaks, lastBefore, wordBoundaries });
      }
    }
    return measured;
  }, selectors);
}

/**
 * The breaks in `measured` that fall inside a word: no word boundary of the browser's segmenter
 * between the last character of one line and the first of the next, or inside one of `terms`.
 */
export function breaksInsideWords(measured: readonly MeasuredElement[], terms: readonly string[]): LineBreak[] {
  const bad: LineBreak[] = [];
  for (const { element, text, breaks, lastBefore, wordBoundaries } of measured) {
    const boundaries = new Set(wordBoundaries);
    breaks.forEach((at, i) => {
      const last = lastBefore[i] ?? at - 1;
      const onBoundary = Array.from({ length: at - last }, (_, k) => last + 1 + k).some((k) => boundaries.has(k));
      const inTerm = terms.some((term) => {
        for (let start = text.indexOf(term); start !== -1; start = text.indexOf(term, start + 1)) {
          if (start <= last && start + term.length > at) return true;
        }
        return false;
      });
      if (!onBoundary || inTerm) bad.push({ element, text, at });
    });
  }
  return bad;
}

/** "长三角|一体化" for a report. */
export const showBreak = ({ element, text, at }: LineBreak): string => `${element}: ${text.slice(0, at)}|${text.slice(at)}`;
