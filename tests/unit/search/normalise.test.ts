import { describe, expect, it, vi } from 'vitest';
import { normaliseText, normaliseWithMap, parseQuery } from '../../../src/search/normalise';

describe('normaliseText', () => {
  it('folds full-width forms into half-width ones', () => {
    expect(normaliseText('３０周年，ＡＢＣ')).toBe('30周年,abc');
  });

  it('drops spaces next to Chinese characters and punctuation, keeps one between Latin words', () => {
    expect(normaliseText('第五 · 推动\u3000浦东 ， 改革')).toBe('第五·推动浦东,改革');
    expect(normaliseText('  COVID   19  ')).toBe('covid 19');
  });

  it("drops Pagefind's zero-width word separators", () => {
    expect(normaliseText('是\u200b用来\u200b住')).toBe('是用来住');
  });
});

describe('normaliseWithMap', () => {
  it('maps every normalised character back to its source range', () => {
    const source = 'Ａ \u200b浦东';
    const { text, from, to } = normaliseWithMap(source);
    expect(text).toBe('a浦东');
    expect(from).toEqual([0, 3, 4]);
    expect(to).toEqual([1, 4, 5]);
  });

  it('maps a character that NFKC expands to several onto one source character', () => {
    const { text, from, to } = normaliseWithMap('㈠');
    expect(text).toBe('(一)');
    expect(from).toEqual([0, 0, 0]);
    expect(to).toEqual([1, 1, 1]);
  });
});

describe('parseQuery', () => {
  it('splits on spaces between words', () => {
    expect(parseQuery('浦东 改革')).toEqual(['浦东', '改革']);
    expect(parseQuery('  浦东　　改革  ')).toEqual(['浦东', '改革']);
  });

  it('ignores spaces around punctuation, so a phrase stays one term', () => {
    expect(parseQuery('先行先试 ， 积极探索')).toEqual(['先行先试,积极探索']);
    expect(parseQuery('“ 同城待遇 ”')).toEqual(['“同城待遇”']);
  });

  it('normalises width and case, and removes duplicates and empty terms', () => {
    expect(parseQuery('ＡＢＣ abc')).toEqual(['abc']);
    expect(parseQuery('   ')).toEqual([]);
  });
});

describe('spaces next to scripts written without them', () => {
  it('are dropped between Han, kana and bopomofo characters and punctuation, kept between other words', async () => {
    // Loaded here: the character classes are built when the module loads.
    vi.resetModules();
    const { normaliseText } = await import('../../../src/search/normalise');
    expect(normaliseText('浦 东 ， 改革')).toBe('浦东,改革');
    expect(normaliseText('ひら がな カタ カナ ㄅ ㄆ')).toBe('ひらがなカタカナㄅㄆ');
    expect(normaliseText('a b  c')).toBe('a b c');
    expect(normaliseText('a 浦 b')).toBe('a浦b');
  });
});
