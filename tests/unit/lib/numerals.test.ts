import { describe, expect, it } from 'vitest';
import { chineseNumeral, NUMERAL_CLASS, numeralValue, ordinal, PRIORITY_COUNT } from '../../../src/lib/numerals';

describe('Chinese numerals', () => {
  it('name 1 to 10, and the priorities 第一 … 第七', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(chineseNumeral).join('')).toBe('一二三四五六七八九十');
    expect(Array.from({ length: PRIORITY_COUNT }, (_, i) => ordinal(i + 1))).toEqual([
      '第一',
      '第二',
      '第三',
      '第四',
      '第五',
      '第六',
      '第七',
    ]);
  });

  it.each([0, 11, -1, 1.5, Number.NaN])('refuse %d, naming it', (n) => {
    expect(() => chineseNumeral(n)).toThrow(new RangeError(`no Chinese numeral for ${n}`));
  });

  it('read one numeral back, and nothing else', () => {
    expect(numeralValue('一')).toBe(1);
    expect(numeralValue('七')).toBe(7);
    expect(numeralValue('十')).toBe(10);
    expect(numeralValue('')).toBeUndefined();
    expect(numeralValue('十一')).toBeUndefined();
    expect(numeralValue('零')).toBeUndefined();
    expect(numeralValue('5')).toBeUndefined();
  });

  it('give a character class matching exactly the numerals', () => {
    const numeral = new RegExp(`^${NUMERAL_CLASS}$`, 'u');
    expect([...'一二三四五六七八九十'].every((c) => numeral.test(c))).toBe(true);
    expect(['零', '第', '5', '一二'].some((c) => numeral.test(c))).toBe(false);
  });
});
