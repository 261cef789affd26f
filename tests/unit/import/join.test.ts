import { describe, expect, it } from 'vitest';
import { appendParagraph, joinParagraphs } from '../../../scripts/import/join';
import { paragraphs } from './synthetic';

describe('joinParagraphs (rule 4)', () => {
  it('joins a paragraph that does not end a sentence with the next one', () => {
    const blocks = joinParagraphs(paragraphs('甲。乙要', '丙。', '丁。'));
    expect(blocks.map((b) => b.text)).toEqual(['甲。乙要丙。', '丁。']);
    expect(blocks.map((b) => b.paragraphs.map((p) => p.line))).toEqual([[1, 3], [5]]);
  });

  it('keeps joining across several unfinished paragraphs', () => {
    expect(joinParagraphs(paragraphs('甲', '乙', '丙。')).map((b) => b.text)).toEqual(['甲乙丙。']);
  });

  it('treats a closing quote after the terminator as the end of a sentence', () => {
    expect(joinParagraphs(paragraphs('他说“好。”', '丙。')).map((b) => b.text)).toEqual(['他说“好。”', '丙。']);
  });

  it('rejects an unfinished paragraph at the end of the input, naming its line', () => {
    expect(() => joinParagraphs(paragraphs('甲。', '乙要'))).toThrow(
      expect.objectContaining({ line: 3, message: expect.stringMatching(/last paragraph ends in the middle of a sentence: "…乙要"/) }),
    );
  });

  it('rejects a numbered priority where an unfinished sentence needs its continuation', () => {
    expect(() => joinParagraphs(paragraphs('甲说，要', '第五，标题。正文。'))).toThrow(
      expect.objectContaining({
        line: 3,
        message: 'paragraph opens priority 第五, so it cannot continue the unfinished sentence "…甲说，要" of line 1',
      }),
    );
  });

  it('appendParagraph does not change the blocks it is given', () => {
    const blocks = joinParagraphs(paragraphs('甲。'));
    appendParagraph(blocks, { line: 9, text: '乙。' });
    expect(blocks).toHaveLength(1);
  });
});
