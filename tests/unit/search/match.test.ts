import { describe, expect, it } from 'vitest';
import {
  excerpt,
  findRanges,
  mergeRanges,
  occurrences,
  searchSections,
  type SearchableSection,
} from '../../../src/search/match';

const section = (order: number, label: string, text: string): SearchableSection => ({
  url: `/s/${order}/`,
  label,
  text,
  order,
});

describe('occurrences', () => {
  it('finds every non-overlapping occurrence', () => {
    expect(occurrences('生态环境突出，生态环境共保', '生态环境')).toEqual([0, 7]);
    expect(occurrences('aaaa', 'aa')).toEqual([0, 2]);
    expect(occurrences('abc', '')).toEqual([]);
  });
});

describe('findRanges', () => {
  it('returns ranges of the source, across zero-width separators and width differences', () => {
    const source = '房子是\u200b用来\u200b住的，３０年';
    expect(findRanges(source, ['是用来住']).map(([s, e]) => source.slice(s, e))).toEqual(['是\u200b用来\u200b住']);
    expect(findRanges(source, ['30']).map(([s, e]) => source.slice(s, e))).toEqual(['３０']);
  });

  it('merges overlapping ranges of different terms', () => {
    expect(findRanges('上海浦东开发', ['浦东', '浦东开发'])).toEqual([[2, 6]]);
    expect(mergeRanges([[5, 7], [0, 2], [1, 3]])).toEqual([[0, 3], [5, 7]]);
  });
});

describe('searchSections', () => {
  const sections = [
    section(1, '第一', '释放有效投资需求。生态环境。'),
    section(2, '第二 · 生态环境保护', '要保护生态。'),
    section(3, '第三', '生态环境突出，生态环境共保，房子是用来住的。'),
  ];
  const urls = (query: string) => searchSections(sections, query).map((hit) => hit.section.url);

  it('lists only sections that contain the exact phrase, whatever the segmentation', () => {
    expect(urls('是用来住')).toEqual(['/s/3/']);
    expect(urls('用来')).toEqual(['/s/3/']);
    expect(urls('浦东机场')).toEqual([]);
    expect(urls('生态机场')).toEqual([]);
  });

  it('ranks a match in the label first, then by count, then in reading order', () => {
    expect(urls('生态环境')).toEqual(['/s/2/', '/s/3/', '/s/1/']);
    expect(urls('需求')).toEqual(['/s/1/']);
    expect(urls('。')).toEqual(['/s/1/', '/s/2/', '/s/3/']);
  });

  it('requires every space-separated term', () => {
    expect(urls('生态环境 住')).toEqual(['/s/3/']);
    expect(urls('生态环境 京津冀')).toEqual([]);
  });

  it('counts the occurrences of all terms', () => {
    const [hit] = searchSections(sections, '生态环境 住');
    expect(hit?.count).toBe(3);
    expect(hit?.inTitle).toBe(false);
  });

  it('returns nothing for an empty query', () => {
    expect(searchSections(sections, '  ')).toEqual([]);
  });
});

describe('excerpt', () => {
  const text = '第一句话很长很长很长。第二句里有浦东开发开放，后面还有很多很多的文字内容以及浦东。';
  const marked = (segments: ReturnType<typeof excerpt>) => segments.filter((s) => s.marked).map((s) => s.text);

  it('starts at the sentence of the first match and marks every match in the window', () => {
    const segments = excerpt(text, findRanges(text, ['浦东']));
    expect(segments[0]).toEqual({ text: '第二句里有', marked: false });
    expect(marked(segments)).toEqual(['浦东', '浦东']);
    expect(segments.map((s) => s.text).join('')).toBe(text.slice(11));
  });

  it('adds an ellipsis where it cuts the text', () => {
    const segments = excerpt(text, findRanges(text, ['后面']), 4, 8);
    expect(segments.map((s) => s.text).join('')).toBe('……发开放，后面还有……');
    expect(marked(segments)).toEqual(['后面']);
  });

  it('shows the opening of the text when nothing in it matches', () => {
    expect(excerpt('短文。', [])).toEqual([{ text: '短文。', marked: false }]);
  });
});
