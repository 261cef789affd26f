import { describe, expect, it } from 'vitest';
import { excerpt, paragraphsOf, sectionTexts, summarize, visibleText } from '../../../src/lib/text';

describe('paragraphsOf', () => {
  it('returns each Markdown paragraph as plain text, escapes resolved', () => {
    expect(paragraphsOf('第一段\\*原文\\*。\n\n第二段。\n')).toEqual(['第一段*原文*。', '第二段。']);
  });

  it('parses a body once, and each caller gets an array of its own', () => {
    const first = paragraphsOf('甲。\n\n乙。');
    first.push('丙。');
    expect(paragraphsOf('甲。\n\n乙。')).toEqual(['甲。', '乙。']);
    expect(paragraphsOf('甲。')).toEqual(['甲。']);
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

describe('summarize, at its limits', () => {
  it('collapses white space first, and keeps text exactly as long as the limit', () => {
    expect(summarize(' 甲乙\n\n丙丁。 ', 6)).toBe('甲乙 丙丁。');
    expect(summarize('甲乙丙丁。', 5)).toBe('甲乙丙丁。');
  });

  it('fills the room left for "……" with whole sentences, up to the last character', () => {
    // room = 11 - 2: the two sentences fill it exactly.
    expect(summarize('甲乙丙。丁戊己庚。辛壬癸子丑寅。', 11)).toBe('甲乙丙。丁戊己庚。……');
  });

  it('keeps sentences that reach half the limit, without cutting into a clause', () => {
    expect(summarize('甲乙丙丁戊。己，庚辛壬癸子丑寅卯辰巳午未申酉戌亥。', 12)).toBe('甲乙丙丁戊。……');
  });

  it('cuts at the last clause end after the sentences it keeps, or at the limit when there is none', () => {
    expect(summarize('甲，乙丙丁戊己庚辛壬癸子丑寅卯。', 10)).toBe('甲……');
    expect(summarize('甲乙丙丁戊己，庚辛，壬癸子丑寅卯。', 12)).toBe('甲乙丙丁戊己，庚辛……');
    expect(summarize('甲乙丙丁戊己庚辛壬癸子丑寅卯。', 10)).toBe('甲乙丙丁戊己庚辛……');
  });
});

describe('excerpt, at its limit', () => {
  it('keeps text exactly as long as the limit', () => {
    expect(excerpt('一二三', 3)).toBe('一二三');
  });
});

describe('visibleText', () => {
  it('writes characters that show as nothing or as U+FFFD as [U+XXXX], and keeps every other character', () => {
    expect(visibleText('\u200b\u200c\u200d\u2060\ufeff')).toBe('[U+200B][U+200C][U+200D][U+2060][U+FEFF]');
    expect(visibleText('\ud800长三角\udfff')).toBe('[U+D800]长三角[U+DFFF]');
    expect(visibleText('a\u0000b\u0007\u2028\u2029\u202e\ufffd')).toBe('a[U+0000]b[U+0007][U+2028][U+2029][U+202E][U+FFFD]');
    expect(visibleText('长三角 一体化，“浦东”😀𠀀')).toBe('长三角 一体化，“浦东”😀𠀀');
    expect(visibleText('\u{E0001}')).toBe('[U+E0001]');
  });
});

describe('sectionTexts', () => {
  it('gives each passage its page path and its paragraphs, one per line', () => {
    const passage = { id: 'han-zheng', data: { kind: 'other' as const }, body: '甲。\n\n乙。' };
    expect(sectionTexts([passage as never])).toEqual([{ path: 'passages/han-zheng/', text: '甲。\n乙。' }]);
  });
});
