import { describe, expect, it } from 'vitest';
import { excerpt, paragraphsOf, summarize } from '../../../src/lib/text';

describe('paragraphsOf', () => {
  it('returns each Markdown paragraph as plain text, escapes resolved', () => {
    expect(paragraphsOf('第一段\\*原文\\*。\n\n第二段。\n')).toEqual(['第一段*原文*。', '第二段。']);
  });
});

describe('summarize', () => {
  it('keeps short text whole', () => {
    expect(summarize('释放有效投资需求。')).toBe('释放有效投资需求。');
  });

  it('takes whole sentences that fit and marks the cut', () => {
    const text = '甲乙丙丁。戊己庚辛。壬癸子丑寅卯辰巳。';
    expect(summarize(text, 12)).toBe('甲乙丙丁。戊己庚辛。……');
  });

  it('cuts after a clause when the sentences that fit are too short', () => {
    const text = '第五，推动改革。今年是三十周年，支持先行先试、积极探索、创造经验，具有战略意义。';
    expect(summarize(text, 30)).toBe('第五，推动改革。今年是三十周年，支持先行先试、积极探索……');
  });

  it('never exceeds the limit and only uses the text it was given', () => {
    const text = '一'.repeat(300);
    const summary = summarize(text, 100);
    expect(summary.length).toBeLessThanOrEqual(100);
    expect(text.startsWith(summary.replace(/……$/, ''))).toBe(true);
  });
});

describe('excerpt', () => {
  it('cuts long text with an ellipsis and keeps short text', () => {
    expect(excerpt('习近平强调', 16)).toBe('习近平强调');
    expect(excerpt('一二三四五', 3)).toBe('一二三……');
  });

  it('drops a clause mark or space just before the cut', () => {
    expect(excerpt('要提高党把方向、谋大局、定政策、促改革', 16)).toBe('要提高党把方向、谋大局、定政策……');
    expect(excerpt('浦东 金融中心', 3)).toBe('浦东……');
  });
});
