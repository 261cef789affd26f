/** Tiny synthetic speeches for the importer's tests. */
import type { Paragraph } from '../../../scripts/import/types';

const NUMERALS = '一二三四五六七八';

export const TITLE = '某某座谈会 给出“指南”';

/** "第N，标题N。正文N。" — a numbered priority paragraph with a heading phrase. */
export function priority(n: number, body = `正文${n}。`): string {
  return `第${NUMERALS[n - 1]}，标题${n}。${body}`;
}

/** Priorities from..to as paragraphs. */
export function priorities(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => priority(from + i));
}

/** Source text: paragraphs separated by blank lines, like the scraped file. */
export function source(...paragraphs: string[]): string {
  return `\n${paragraphs.join('\n\n')}\n`;
}

/** Paragraphs on odd lines 1, 3, 5, … as splitParagraphs would number them. */
export function paragraphs(...texts: string[]): Paragraph[] {
  return texts.map((text, i) => ({ line: 2 * i + 1, text }));
}

/** A complete, valid speech: title, tail of 第一, 第二 … 第七, one remark and the attendance line. */
export function validSpeech(): string[] {
  return [TITLE, '尾句一。', ...priorities(2, 7), '习近平强调，要做好。', '甲、乙参加座谈会。'];
}
