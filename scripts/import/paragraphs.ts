import type { Paragraph } from './types';

/**
 * Rule 1: paragraphs are separated by blank lines. Lines inside one paragraph are joined
 * without a separator, since Chinese text puts no space between words.
 */
export function splitParagraphs(source: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const text = raw.trim();
      if (text === '') {
        current = undefined;
      } else if (current) {
        current.text += text;
      } else {
        current = { line: index + 1, text };
        paragraphs.push(current);
      }
    });
  return paragraphs;
}
