import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isClauseBoundary } from '../../../src/lib/punctuation';
import { searchSections, type SearchableSection, type SectionHit } from '../../../src/search/match';
import { expectedHits, loadCorpus, queryTerms, sectionContains, type CorpusSection } from '../../support/search-corpus';

/**
 * The search core over the speech itself: sections built from content/ as the site indexes
 * them (label and text), queries run through searchSections, and every expectation computed by
 * the simpler oracle in tests/support/search-corpus.ts. tests/build/search.test.ts proves
 * the built Pagefind index holds these same sections.
 */
let loaded: { corpus: CorpusSection[]; sections: SearchableSection[] } | undefined;
/**
 * The corpus and the sections, read on first use inside a test rather than when the file loads,
 * so mutation testing sees which tests run the code that reads them.
 */
function speech() {
  if (loaded) return loaded;
  const corpus = loadCorpus();
  const sections = corpus.map((section, order) => ({ url: section.path, label: section.label, text: section.text, order }));
  return (loaded = { corpus, sections });
}

/** What the search lists for `query`, as comparable records. */
const listed = (query: string) => searchSections(speech().sections, query).map((hit) => ({ url: hit.section.url, count: hit.count }));
const expected = (query: string) => expectedHits(speech().corpus, query).map((hit) => ({ url: hit.section.path, count: hit.count }));

/** The marked parts of a hit's excerpt, folded as the oracle folds queries. */
const marked = (hit: SectionHit) =>
  hit.excerpt.filter((segment) => segment.marked).map((segment) => queryTerms(segment.text).join(''));

/**
 * Queries a reader types, each chosen for what it exercises: a word Pagefind segments
 * differently from the text (用来 in 是用来住的), full-width digits, spaces around punctuation,
 * several terms, names, a phrase from each passage.
 */
const PRESENT = [
  '释放有效投资需求',
  '集成电路',
  '人工智能',
  '是用来住',
  '用来',
  '毫不动摇',
  '千城一面',
  '跟上',
  '海纳百川',
  '因地制宜、分类指导',
  '先行先试',
  '浦东',
  '临港新片区',
  '３０周年',
  '先行先试 、 积极探索',
  '浦东 金融中心',
  '生态环境',
  '长江经济带的龙头',
  '务求禁渔工作取得扎实成效',
  '同城待遇',
  '一卡通',
  '能者上',
  '要注重在非公有制',
  '只争朝夕',
  '历史耐心',
  '技术创新和产业创新',
  '六稳',
  '丁薛祥',
  '参加座谈会',
  '长三角',
  '第五 推动',
];

/** Queries the speech never contains, though it shares words or characters with each. */
const ABSENT = ['京津冀', '大湾区', '浦东机场', '生态环境保护', '用来炒房', '浦东 京津冀'];

describe('the query set over the speech', () => {
  it.each(PRESENT)('“%s” lists exactly the sections containing it, ranked, with its count', (query) => {
    const hits = expected(query);
    expect(hits.length, 'the speech still contains the query').toBeGreaterThan(0);
    expect(listed(query)).toEqual(hits);
  });

  it.each(PRESENT)('“%s”: each result marks only the query’s terms in its excerpt', (query) => {
    const terms = queryTerms(query);
    const hits = searchSections(speech().sections, query);
    for (const hit of hits) expect(marked(hit)).not.toEqual([]);
    expect(hits.flatMap(marked).filter((text) => !terms.includes(text))).toEqual([]);
  });

  it.each(ABSENT)('“%s” lists nothing', (query) => {
    expect(speech().corpus.filter((section) => sectionContains(section, query)), 'the speech does not contain it').toEqual([]);
    expect(searchSections(speech().sections, query)).toEqual([]);
  });
});

/** The passage files' ids, for test names (the corpus itself is read inside the tests). */
const ids = readdirSync('content/passages').map((name) => basename(name, '.md'));
const section = (id: string) => {
  const found = speech().corpus.find((s) => s.id === id);
  if (!found) throw new Error(`no passage ${id}`);
  return found;
};

describe('each section’s label as a query', () => {
  it.each(ids)('the label of %s lists that section first', (id) => {
    const { label, path } = section(id);
    const hits = listed(label);
    expect(hits[0]?.url).toBe(path);
    expect(hits).toEqual(expected(label));
  });
});

/** The clauses of a text (cut at its punctuation) of 2 to 12 characters: what readers quote. */
function clausesOf(text: string): string[] {
  const found: string[] = [];
  let clause = '';
  for (const char of text + '。') {
    if (!isClauseBoundary(char)) clause += char;
    else {
      if (clause.length >= 2 && clause.length <= 12) found.push(clause);
      clause = '';
    }
  }
  return found;
}

describe.each(ids)('every clause of %s as a query', (id) => {
  it('finds this section, and exactly the sections containing the clause, ranked', () => {
    const { path, text } = section(id);
    const queries = clausesOf(text);
    expect(queries.length, 'clauses to search').toBeGreaterThan(0);
    const wrong = queries
      .map((query) => ({ query, listed: listed(query), expected: expected(query) }))
      .filter((run) => !run.listed.some((hit) => hit.url === path) || !isDeepStrictEqual(run.listed, run.expected));
    expect(wrong).toEqual([]);
  });
});
