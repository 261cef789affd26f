import { describe, expect, it } from 'vitest';
import { commonCharacters, libraryReadings, numbered, readingsOf, readingsTable, textSyllables } from '../../../src/lib/pinyin';

describe('numbered', () => {
  it('writes a syllable with tone marks as letters and tone number (0: neutral), ü as v', () => {
    expect(numbered('jī')).toBe('ji1');
    expect(numbered('cháng')).toBe('chang2');
    expect(numbered('lǜ')).toBe('lv4');
    expect(numbered('de')).toBe('de0');
  });

  it('names what is not a syllable', () => {
    expect(() => numbered('地')).toThrow('not a pinyin syllable: "地"');
  });
});

describe('libraryReadings', () => {
  it('reads each Chinese character in context, by its index, without tone sandhi', () => {
    expect(libraryReadings('长三角，增长30年')).toEqual(
      new Map([
        [0, 'chang2'],
        [1, 'san1'],
        [2, 'jiao3'],
        [4, 'zeng1'],
        [5, 'zhang3'],
        [8, 'nian2'],
      ]),
    );
    expect(libraryReadings('不是一律')).toEqual(new Map([[0, 'bu4'], [1, 'shi4'], [2, 'yi1'], [3, 'lv4']]));
  });
});

describe('textSyllables', () => {
  it('joins the syllables in order, with the corrections applied wherever their text occurs', () => {
    const corrections = [{ text: '地理', pinyin: 'de lǐ', reason: 'r' }];
    expect(textSyllables('地区，地理。地理', [])).toBe('di4 qu1 di4 li3 di4 li3');
    expect(textSyllables('地区，地理。地理', corrections)).toBe('di4 qu1 de0 li3 de0 li3');
    expect(textSyllables('30', corrections)).toBe('');
  });

  it('applies content/pinyin.json by default', () => {
    expect(textSyllables('要机械地理解')).toBe('yao4 ji1 xie4 de0 li3 jie3');
  });
});

describe('readingsOf and commonCharacters', () => {
  it('knows every reading of a character, toneless', () => {
    expect(readingsOf('长')).toEqual(['chang', 'zhang']);
    expect(readingsOf('绿')).toEqual(expect.arrayContaining(['lv']));
  });

  it('takes the 3,755 characters of GB 2312’s first level, in its order', () => {
    const chars = commonCharacters();
    expect(chars).toHaveLength(3755);
    expect([chars[0], chars.at(-1)]).toEqual(['啊', '座']);
  });
});

describe('readingsTable', () => {
  it('lists, under each syllable the text uses, the common characters of both scripts that may read so', () => {
    const table = readingsTable(['长三角']);
    expect(Object.keys(table)).toEqual(['chang', 'jiao', 'san']);
    expect(table['jiao']).toContain('脚');
    expect(table['jiao']).toContain('腳');
    expect(table['chang']).toContain('长');
    expect(table['chang']).toContain('長');
    expect(table['chang']).not.toContain('张');
  });

  it('keeps a character of the text outside the common ones, with its reading there', () => {
    const table = readingsTable(['浦']);
    expect(table['pu']).toContain('浦');
    expect(Object.keys(table)).toEqual(['pu']);
  });
});
