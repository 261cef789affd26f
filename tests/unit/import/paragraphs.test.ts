import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../scripts/import/paragraphs';

describe('splitParagraphs (rule 1)', () => {
  it('splits on blank lines, trims, and keeps 1-based start lines', () => {
    expect(splitParagraphs('\n\n  甲。 \n\n乙。\n   \n丙。\n')).toEqual([
      { line: 3, text: '甲。' },
      { line: 5, text: '乙。' },
      { line: 7, text: '丙。' },
    ]);
  });

  it('joins lines of one paragraph without a separator and handles CRLF and a BOM', () => {
    expect(splitParagraphs('\uFEFF甲乙\r\n丙丁。\r\n\r\n戊。')).toEqual([
      { line: 1, text: '甲乙丙丁。' },
      { line: 4, text: '戊。' },
    ]);
  });

  it('gives nothing for blank input', () => {
    expect(splitParagraphs('\n \n\t\n')).toEqual([]);
  });
});
