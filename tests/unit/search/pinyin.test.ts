import { describe, expect, it } from 'vitest';
import {
  fullMatch,
  homophoneMatch,
  initialsMatch,
  MIN_INITIALS,
  parseLatinQuery,
  parseSyllable,
  pinyinMatchers,
  rangesOf,
  readingsByChar,
  readSection,
  type LatinQuery,
  type SectionReading,
} from '../../../src/search/pinyin';

const reading = (text: string, syllables: string): SectionReading => {
  const read = readSection(text, syllables);
  if (!read) throw new Error(`${syllables} does not fit ${text}`);
  return read;
};
const query = (q: string): LatinQuery => {
  const parsed = parseLatinQuery(q);
  if (!parsed) throw new Error(`not pinyin: ${q}`);
  return parsed;
};
/** The text of each range a matcher finds. */
const found = (text: string, read: SectionReading, matcher: Parameters<typeof rangesOf>[1]) =>
  rangesOf(read, matcher).map(([start, end]) => text.slice(start, end));

// A made-up text with a polyphone read two ways (长 cháng, zhǎng) and a punctuation break.
const TEXT = '长三角，增长。浦东先行先试';
const SYLLABLES = 'chang2 san1 jiao3 zeng1 zhang3 pu3 dong1 xian1 xing2 xian1 shi4';
const READ = reading(TEXT, SYLLABLES);

describe('parseSyllable', () => {
  it('splits letters and tone; a neutral tone is 0; ü is written v', () => {
    expect(parseSyllable('pu3')).toEqual({ letters: 'pu', tone: 3 });
    expect(parseSyllable('de0')).toEqual({ letters: 'de', tone: 0 });
    expect(parseSyllable('de5')).toEqual({ letters: 'de', tone: 0 });
    expect(parseSyllable('lü4')).toEqual({ letters: 'lv', tone: 4 });
    expect(parseSyllable('ma')).toEqual({ letters: 'ma', tone: 0 });
  });
});

describe('parseLatinQuery', () => {
  it('keeps the letters in lower case; spaces and apostrophes mark syllable starts', () => {
    expect(parseLatinQuery('pudong')).toEqual({ letters: 'pudong', boundaries: new Set(), tones: new Map() });
    expect(parseLatinQuery(' Pu Dong ')).toEqual({ letters: 'pudong', boundaries: new Set([2]), tones: new Map() });
    expect(parseLatinQuery("chang'sanjiao")).toEqual({ letters: 'changsanjiao', boundaries: new Set([5]), tones: new Map() });
    expect(parseLatinQuery('chang’san-jiao')?.boundaries).toEqual(new Set([5, 8]));
    expect(parseLatinQuery('ＰＵＤＯＮＧ')?.letters).toBe('pudong');
  });

  it('reads tone marks on the letter they stand on, tone numbers after a syllable (and as its end)', () => {
    expect(parseLatinQuery('pǔdōng')).toEqual({ letters: 'pudong', boundaries: new Set(), tones: new Map([[1, 3], [3, 1]]) });
    expect(parseLatinQuery('PǓDŌNG')?.tones).toEqual(new Map([[1, 3], [3, 1]]));
    expect(parseLatinQuery('pu3dong1')).toEqual({ letters: 'pudong', boundaries: new Set([2]), tones: new Map([[1, 3], [5, 1]]) });
    expect(parseLatinQuery('de5')?.tones).toEqual(new Map([[1, 0]]));
    expect(parseLatinQuery('lǜ')).toEqual({ letters: 'lv', boundaries: new Set(), tones: new Map([[1, 4]]) });
    expect(parseLatinQuery('lü')?.letters).toBe('lv');
  });

  it('is undefined for anything but pinyin: other characters, no letter, a digit with no syllable before it', () => {
    for (const q of ['', ' ', "'", '浦东', 'pu东', 'g60', '6', 'pu.dong', 'pu?', '3pu', 'pu6'])
      expect(parseLatinQuery(q), q).toBeUndefined();
    expect(parseLatinQuery('\u0304pu')).toBeUndefined();
    // A diaeresis makes ü of a u only: not of another letter, nor alone.
    expect(parseLatinQuery('ë')).toBeUndefined();
    expect(parseLatinQuery('\u0308')).toBeUndefined();
    expect(parseLatinQuery('de0')).toEqual({ letters: 'de', boundaries: new Set(), tones: new Map([[1, 0]]) });
  });
});

describe('readSection', () => {
  it('gives each Chinese character of the text its syllable and position', () => {
    expect(readSection('浦东，30年', 'pu3 dong1 nian2')).toEqual({
      positions: [0, 1, 5],
      syllables: [
        { letters: 'pu', tone: 3 },
        { letters: 'dong', tone: 1 },
        { letters: 'nian', tone: 2 },
      ],
    });
    expect(readSection('30', '')).toEqual({ positions: [], syllables: [] });
  });

  it('is undefined when the syllables do not fit the text, or there are none', () => {
    expect(readSection('浦东', 'pu3')).toBeUndefined();
    expect(readSection('浦东', 'pu3 dong1 xin1')).toBeUndefined();
    expect(readSection('浦东', undefined)).toBeUndefined();
    expect(readSection('浦', '')).toBeUndefined();
    expect(readSection('30', undefined)).toBeUndefined();
  });
});

describe('fullMatch', () => {
  it('finds the characters whose syllables spell the query, as the text reads them', () => {
    expect(found(TEXT, READ, fullMatch(query('changsanjiao')))).toEqual(['长三角']);
    expect(found(TEXT, READ, fullMatch(query('zhang')))).toEqual(['长']);
    expect(found(TEXT, READ, fullMatch(query('chang')))).toEqual(['长']);
    expect(found(TEXT, READ, fullMatch(query('Pu Dong')))).toEqual(['浦东']);
    expect(found(TEXT, READ, fullMatch(query('xian')))).toEqual(['先', '先']);
  });

  it('never across punctuation, never a part of a syllable', () => {
    expect(found(TEXT, READ, fullMatch(query('jiaozeng')))).toEqual([]);
    expect(found(TEXT, READ, fullMatch(query('zhangpu')))).toEqual([]);
    expect(found(TEXT, READ, fullMatch(query('pudon')))).toEqual([]);
    expect(found(TEXT, READ, fullMatch(query('udong')))).toEqual([]);
  });

  it('keeps the reader’s syllable breaks: xi\'an is two syllables, xian one', () => {
    const text = '西安先';
    const read = reading(text, 'xi1 an1 xian1');
    expect(found(text, read, fullMatch(query("xi'an")))).toEqual(['西安']);
    expect(found(text, read, fullMatch(query('xian')))).toEqual(['西安', '先']);
    expect(found(text, read, fullMatch(query('xia n')))).toEqual([]);
  });

  it('checks the tones given, on the syllable they fall in', () => {
    expect(found(TEXT, READ, fullMatch(query('pǔdōng')))).toEqual(['浦东']);
    expect(found(TEXT, READ, fullMatch(query('pu3dong1')))).toEqual(['浦东']);
    expect(found(TEXT, READ, fullMatch(query('pudōng')))).toEqual(['浦东']);
    expect(found(TEXT, READ, fullMatch(query('pùdōng')))).toEqual([]);
    expect(found(TEXT, READ, fullMatch(query('pu3dong2')))).toEqual([]);
    expect(found(TEXT, READ, fullMatch(query('cháng')))).toEqual(['长']);
    expect(found(TEXT, READ, fullMatch(query('zhǎng')))).toEqual(['长']);
    expect(found(TEXT, READ, fullMatch(query('zháng')))).toEqual([]);
  });

  it('matches at the end of the text, not past it', () => {
    expect(found(TEXT, READ, fullMatch(query('xianshi')))).toEqual(['先试']);
    expect(found(TEXT, READ, fullMatch(query('xianshixian')))).toEqual([]);
  });
});

describe('initialsMatch and pinyinMatchers', () => {
  it('reads a plain run of letters as initials, one character each', () => {
    expect(found(TEXT, READ, initialsMatch(query('xxxs')))).toEqual(['先行先试']);
    expect(found(TEXT, READ, initialsMatch(query('dxxx')))).toEqual(['东先行先']);
    expect(found(TEXT, READ, initialsMatch(query('jzzp')))).toEqual([]);
    expect(found(TEXT, READ, initialsMatch(query('xxxsx')))).toEqual([]);
  });

  it(`uses initials only from ${MIN_INITIALS} letters, without breaks or tones`, () => {
    expect(MIN_INITIALS).toBe(4);
    expect(pinyinMatchers(query('xxxs'))).toHaveLength(2);
    expect(pinyinMatchers(query('xxs'))).toHaveLength(1);
    expect(pinyinMatchers(query('xx xs'))).toHaveLength(1);
    expect(pinyinMatchers(query('xxxs4'))).toHaveLength(1);
    const [full, initials] = pinyinMatchers(query('xxxs'));
    expect(found(TEXT, READ, full ?? (() => 0))).toEqual([]);
    expect(found(TEXT, READ, initials ?? (() => 0))).toEqual(['先行先试']);
  });
});

describe('homophoneMatch', () => {
  const readings = readingsByChar({ chang: '长常', zhang: '长张', san: '三', jiao: '角脚', pu: '浦普', dong: '东冬' });

  it('inverts the readings table: each character with every syllable it may read as', () => {
    expect(readings.get('长')).toEqual(new Set(['chang', 'zhang']));
    expect(readings.get('脚')).toEqual(new Set(['jiao']));
  });

  it('matches characters that read the same in context, tones ignored', () => {
    expect(found(TEXT, READ, homophoneMatch('常三脚', readings) ?? (() => 0))).toEqual(['长三角']);
    expect(found(TEXT, READ, homophoneMatch('张', readings) ?? (() => 0))).toEqual(['长']);
    expect(found(TEXT, READ, homophoneMatch('普冬', readings) ?? (() => 0))).toEqual(['浦东']);
    expect(found(TEXT, READ, homophoneMatch('张三', readings) ?? (() => 0))).toEqual([]);
    expect(found(TEXT, READ, homophoneMatch('脚普', readings) ?? (() => 0))).toEqual([]);
    // Past the end of the text: no match, no error.
    expect(found('长三', reading('长三', 'chang2 san1'), homophoneMatch('长三脚', readings) ?? (() => 0))).toEqual([]);
  });

  it('is undefined for a term with a character it cannot read', () => {
    expect(homophoneMatch('长三x', readings)).toBeUndefined();
    expect(homophoneMatch('长三鱼', readings)).toBeUndefined();
    expect(homophoneMatch('', readings)).toBeUndefined();
  });
});

describe('rangesOf', () => {
  it('scans left to right without overlaps', () => {
    const text = '先先先';
    const read = reading(text, 'xian1 xian1 xian1');
    expect(rangesOf(read, fullMatch(query('xianxian')))).toEqual([[0, 2]]);
    expect(rangesOf(read, fullMatch(query('xian')))).toEqual([[0, 1], [1, 2], [2, 3]]);
  });
});
