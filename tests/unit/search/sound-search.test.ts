import { describe, expect, it } from 'vitest';
import type { SearchableSection, SectionHit } from '../../../src/search/match';
import { readingsByChar } from '../../../src/search/pinyin';
import { MIN_HOMOPHONE_LENGTH, searchBySound, type SoundData } from '../../../src/search/sound';

/** Made-up sections under a base path, in both editions, with their syllables by page path. */
const sections: SearchableSection[] = [
  { url: '/speech/a/', label: 'A', text: '浦东先行。', order: 0 },
  { url: '/speech/zh-hant/b/', label: 'B', text: '先行，浦東浦東。', order: 1 },
  { url: '/speech/c/', label: 'C', text: '浦东。', order: 2 },
  { url: '/speech/d/', label: 'D', text: '浦东', order: 3 },
];
const data: SoundData = {
  syllables: { 'a/': 'pu3 dong1 xian1 xing2', 'b/': 'xian1 xing2 pu3 dong1 pu3 dong1', 'c/': 'pu3 dong1' },
  readings: readingsByChar({ pu: '浦普', dong: '东東冬', xian: '先献', xing: '行型' }),
};
const search = (kind: 'pinyin' | 'homophone', query: string, literal: readonly SectionHit[] = []) =>
  searchBySound(kind, query, sections, literal, data, { 東: '东' }, '/speech/');
const summary = (result: ReturnType<typeof search>) => result.hits.map((hit) => [hit.section.label, hit.count, hit.matched]);

describe('searchBySound', () => {
  it('finds sections of either edition under the base path by their page path; skips a section with no syllables', () => {
    expect(summary(search('pinyin', 'pudong'))).toEqual([
      ['B', 2, ['浦東']],
      ['A', 1, ['浦东']],
      ['C', 1, ['浦东']],
    ]);
  });

  it('ranks by how often it matches, then in reading order, and marks every match in the excerpt', () => {
    const { hits } = search('pinyin', 'pudong');
    expect(hits[0]?.excerpt).toEqual([
      { text: '先行，', marked: false },
      { text: '浦東浦東', marked: true },
      { text: '。', marked: false },
    ]);
    expect(hits.every((hit) => !hit.inTitle)).toBe(true);
    expect(search('pinyin', 'pudong').kind).toBe('pinyin');
  });

  it('breaks a tie in reading order, whatever order the sections come in', () => {
    const shuffled = [sections[2], sections[0]].filter((section) => section !== undefined);
    const { hits } = searchBySound('pinyin', 'pudong', shuffled, [], data, {}, '/speech/');
    expect(hits.map((hit) => hit.section.label)).toEqual(['A', 'C']);
    const reversed = searchBySound('pinyin', 'pudong', [...shuffled].reverse(), [], data, {}, '/speech/');
    expect(reversed.hits.map((hit) => hit.section.label)).toEqual(['A', 'C']);
  });

  it('never lists again a section the literal search found', () => {
    const literal = search('pinyin', 'pudong').hits.slice(0, 2);
    expect(summary(search('pinyin', 'pudong', literal))).toEqual([['C', 1, ['浦东']]]);
  });

  it('a homophone query needs every term, each of at least two characters', () => {
    expect(MIN_HOMOPHONE_LENGTH).toBe(2);
    expect(summary(search('homophone', '普冬 献型'))).toEqual([
      ['B', 3, ['先行', '浦東']],
      ['A', 2, ['浦东', '先行']],
    ]);
    expect(summary(search('homophone', '普冬 献'))).toEqual([]);
    expect(summary(search('homophone', '普'))).toEqual([]);
    expect(search('homophone', '普東').hits).toHaveLength(3);
    expect(search('homophone', '普冬').kind).toBe('homophone');
  });

  it('without the readings table, or for a query that is not pinyin, finds nothing', () => {
    expect(searchBySound('homophone', '普冬', sections, [], { syllables: data.syllables }, {}, '/speech/').hits).toEqual([]);
    expect(search('pinyin', '浦东').hits).toEqual([]);
    expect(search('pinyin', '').hits).toEqual([]);
  });

  it('reads a homophone query up to twice as long as the longest text, not longer', () => {
    const longest = Math.max(...sections.map((section) => section.text.length));
    const fits = `普冬${' '.repeat(2 * longest - 2)}`;
    expect(search('homophone', fits).hits).toHaveLength(3);
    expect(search('homophone', `${fits} `).hits).toEqual([]);
  });
});
