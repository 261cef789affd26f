import { describe, expect, it } from 'vitest';
import { excerpt, mergeRanges, searchSections, type SearchableSection, type Segment } from '../../../src/search/match';
import { resultHref } from '../../../src/search/section';

/** The search core at its edges, on tiny inputs. */
const text = (segments: Segment[]) => segments.map((s) => (s.marked ? `[${s.text}]` : s.text)).join('');

describe('mergeRanges', () => {
  it('sorts by start, then end, and merges ranges that overlap or touch', () => {
    expect(mergeRanges([[5, 6], [0, 2], [0, 1]])).toEqual([[0, 2], [5, 6]]);
    expect(mergeRanges([[2, 4], [0, 2]])).toEqual([[0, 4]]);
    expect(mergeRanges([[0, 9], [1, 2]])).toEqual([[0, 9]]);
    expect(mergeRanges([[3, 5], [0, 1]])).toEqual([[0, 1], [3, 5]]);
  });
});

describe('searchSections ranking', () => {
  const section = (url: string, label: string, body: string, order: number): SearchableSection => ({ url, label, text: body, order });

  it('counts a section as a title match when any term is in its label', () => {
    const sections = [section('/a/', '甲', '乙乙乙甲', 0), section('/b/', '丙', '甲乙乙乙乙', 1)];
    expect(searchSections(sections, '甲 乙').map((hit) => [hit.section.url, hit.inTitle])).toEqual([
      ['/a/', true],
      ['/b/', false],
    ]);
  });

  it('breaks ties in reading order, whatever the order given', () => {
    const sections = [section('/c/', '丙', '甲', 2), section('/a/', '子', '甲', 0), section('/b/', '乙', '甲', 1)];
    expect(searchSections(sections, '甲').map((hit) => hit.section.url)).toEqual(['/a/', '/b/', '/c/']);
  });
});

describe('excerpt windows', () => {
  const body = '一二三四五六七八九十。甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';

  it('starts right after the sentence end before the match, even when it is the window’s first character', () => {
    expect(text(excerpt(body, [[12, 13]], 2, 6))).toBe('甲[乙]丙丁戊己……');
    expect(text(excerpt(body, [[11, 12]], 1, 6))).toBe('[甲]乙丙丁戊己……');
  });

  it('starts with "……" inside a sentence, and at the text’s start without one', () => {
    expect(text(excerpt(body, [[14, 15]], 2, 4))).toBe('……乙丙[丁]戊……');
    expect(text(excerpt(body, [[1, 2]], 5, 4))).toBe('一[二]三四……');
  });

  it('runs to the end of a long match, and marks only what falls inside the window', () => {
    expect(text(excerpt(body, [[11, 20]], 1, 3))).toBe('[甲乙丙丁戊己庚辛壬]……');
    expect(text(excerpt(body, [[11, 12], [13, 14], [30, 32]], 1, 4))).toBe('[甲]乙[丙]丁……');
    expect(text(excerpt(body, [[0, 1], [12, 13]], 0, 30))).toBe('[一]二三四五六七八九十。甲[乙]丙丁戊己庚辛壬癸子丑寅卯辰巳午未申……');
  });

  it('looks for the sentence start only before the match, not at a sentence end right after it', () => {
    expect(text(excerpt('甲乙。丙', [[1, 2]], 5, 10))).toBe('甲[乙]。丙');
  });

  it('gives no empty pieces: a match at the window’s start, a match starting where the window ends', () => {
    expect(excerpt('浦东开发', [[0, 2]])).toEqual([
      { text: '浦东', marked: true },
      { text: '开发', marked: false },
    ]);
    expect(excerpt(body, [[11, 12], [15, 16]], 1, 4)).toEqual([
      { text: '甲', marked: true },
      { text: '乙丙丁', marked: false },
      { text: '……', marked: false },
    ]);
  });

  it('ends without "……" when the window reaches the end of the text', () => {
    expect(text(excerpt('甲乙。丙丁', [[3, 4]], 5, 10))).toBe('[丙]丁');
  });
});

describe('resultHref', () => {
  it('adds no fragment to a URL without one', () => {
    expect(resultHref('/priorities/5/', '浦东')).toBe('/priorities/5/?highlight=%E6%B5%A6%E4%B8%9C');
    expect(resultHref('/full/#priority-5', '浦东')).toBe('/full/?highlight=%E6%B5%A6%E4%B8%9C#priority-5');
  });
});
