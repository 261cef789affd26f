import { isClauseEnd } from '../../src/lib/punctuation';
import { splitSentences } from '../../src/lib/sentences';
import type { ContentPassage } from './content';

/**
 * Quotes as a reader selects them, addressed by where they are in a passage's text, so a test can
 * select one on a page and find the same words again in the page a quote link opens. Shared by
 * the Playwright tests (tests/e2e/support/quotes.ts) and the cross-engine suite (tests/engines/).
 */
export interface Quote {
  text: string;
  /** Index of the paragraph in the passage body. */
  paragraph: number;
  /** Offset of the quote in the paragraph's text. */
  offset: number;
}

/**
 * Every sentence of the passage and the first clause of every sentence that has more than one, in
 * order; `write` gives the paragraphs as an edition shows them (src/lib/traditional.ts).
 */
export function quotesOf(passage: ContentPassage, write: (text: string) => string = (text) => text): Quote[] {
  return passage.paragraphs.map(write).flatMap((paragraph, index) => {
    let start = 0;
    return splitSentences(paragraph).flatMap((sentence) => {
      const offset = start + sentence.length - sentence.trimStart().length;
      start += sentence.length;
      const text = sentence.trim();
      const clauseEnd = text.split('').findIndex(isClauseEnd);
      const quote = { text, paragraph: index, offset };
      return clauseEnd > 0 ? [quote, { ...quote, text: text.slice(0, clauseEnd) }] : [quote];
    });
  });
}
