import { describe, expect, it } from 'vitest';
import { dropRepeats, findRepeat } from '../../../scripts/import/dedup';
import { paragraphs } from './synthetic';

describe('dropRepeats (rule 3)', () => {
  it('drops a paragraph whose whole text already appeared, recording where', () => {
    const { kept, removed } = dropRepeats(paragraphs('第五，标题。甲。乙。', '第五，标题', '甲。乙。', '丙。'));
    expect(kept.map((p) => p.line)).toEqual([1, 7]);
    expect(removed).toEqual([
      { line: 3, text: '第五，标题', duplicateOfLine: 1 },
      { line: 5, text: '甲。乙。', duplicateOfLine: 1 },
    ]);
  });

  it('matches text that the earlier copy had cut across a paragraph break', () => {
    const { kept, removed } = dropRepeats(paragraphs('甲。乙要', '丙。', '乙要丙。'));
    expect(kept.map((p) => p.line)).toEqual([1, 3]);
    expect(removed).toEqual([{ line: 5, text: '乙要丙。', duplicateOfLine: 1 }]);
  });

  it('drops repeats between an unfinished paragraph and its continuation, which stays kept', () => {
    const { kept } = dropRepeats(paragraphs('甲。', '乙说，要', '甲。', '丙。'));
    expect(kept.map((p) => p.text)).toEqual(['甲。', '乙说，要', '丙。']);
  });

  it('matches whole clauses only, not text inside a word', () => {
    const { kept } = dropRepeats(paragraphs('第七，标题7。正文', '7。'));
    expect(kept.map((p) => p.line)).toEqual([1, 3]);
    expect(findRepeat('甲说，乙。', '甲说')).toBe(0);
    expect(findRepeat('甲说，乙。', '乙。')).toBe(3);
    expect(findRepeat('甲说，乙。', '说')).toBe(-1);
    expect(findRepeat('甲说乙。', '说乙。')).toBe(-1);
  });

  it('keeps text that is new', () => {
    expect(dropRepeats(paragraphs('甲。', '乙。')).removed).toEqual([]);
  });

  it('rejects a paragraph that repeats an earlier sentence but also has new text, naming both lines', () => {
    expect(() => dropRepeats(paragraphs('甲。乙。', '丙。', '乙。丁。'))).toThrow(
      expect.objectContaining({
        line: 5,
        message: expect.stringMatching(/repeats the sentence "乙。" from line 1 but is not wholly a repeat/),
      }),
    );
  });
});
