import { describe, expect, it } from 'vitest';
import { searchSections, type SearchableSection } from '../../../src/search/match';
import { searchFold, toTraditional } from '../../../src/lib/traditional-script';
import { loadCorpus, sectionContains } from '../../support/search-corpus';

/**
 * Search across scripts, over the real content: a query in either script, or mixing both, finds
 * exactly what its simplified form finds, in either edition. What it must find is computed from
 * the content files with the tests' own plain oracle (sectionContains), never hard-coded.
 */
const corpus = loadCorpus();
const fold = searchFold(corpus.flatMap((s) => [s.label, ...s.paragraphs]));
const editions: Record<string, SearchableSection[]> = {
  simplified: corpus.map((s) => ({ url: s.path, label: s.label, text: s.text, order: s.data.order })),
  traditional: corpus.map((s) => ({ url: `zh-hant/${s.path}`, label: toTraditional(s.label), text: toTraditional(s.text), order: s.data.order })),
};

/** Every other character in traditional script: how a reader with a mixed input method types. */
const mixed = (query: string) => [...query].map((char, i) => (i % 2 ? toTraditional(char) : char)).join('');

/** Simplified queries: present ones from every part of the speech, and some the speech does not contain. */
const QUERIES = ['长三角', '发展', '生态环境', '浦东', '先行先试', '长江经济带的龙头', '只争朝夕', '同城待遇', '为全局计', '着力', '能者上', '参加座谈会', '浦东 金融中心', '京津冀', '浦东机场', '发展规划 京津冀'];

describe('search across scripts', () => {
  it('the queries are written differently in traditional script (else they would prove nothing)', () => {
    const differing = QUERIES.filter((q) => toTraditional(q) !== q);
    expect(differing.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(Object.keys(editions))('in the %s edition', (edition) => {
    const sections = editions[edition] ?? [];
    const found = (query: string) => searchSections(sections, query, fold).map((hit) => hit.section.order).sort((a, b) => a - b);

    it.each(QUERIES)('%s: simplified, traditional and mixed forms find the sections containing it', (query) => {
      const expected = corpus.filter((s) => sectionContains(s, query)).map((s) => s.data.order);
      expect(found(query)).toEqual(expected);
      expect(found(toTraditional(query))).toEqual(expected);
      expect(found(mixed(query))).toEqual(expected);
    });
  });

  it('other traditional standards’ forms find the text too (爲 for 为, 衞 for 卫)', () => {
    const found = (query: string) => searchSections(editions['traditional'] ?? [], query, fold).map((hit) => hit.section.order);
    expect(found('爲全局計')).toEqual(found('为全局计'));
    expect(found('公共衞生')).toEqual(found('公共卫生'));
    expect(found('公共衞生').length).toBeGreaterThan(0);
  });

  it('marks the excerpt in the edition’s own script', () => {
    const [hit] = searchSections(editions['traditional'] ?? [], '长三角', fold);
    const marked = hit?.excerpt.filter((segment) => segment.marked).map((segment) => segment.text);
    expect(marked?.[0]).toBe('長三角');
  });
});
