import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/audit/built-site';
import { parseHtml } from '../../scripts/audit/html-refs';
import { EDITIONS } from '../../src/lib/editions';
import { editionLang } from '../../src/lib/traditional';
import { toTraditional } from '../../src/lib/traditional-script';
import { readSection } from '../../src/search/pinyin';
import { sectionOf, type PagefindFragment } from '../../src/search/sections';
import { PINYIN_PATH, READINGS_PATH } from '../../src/search/sound';
import { loadCorpus } from '../support/search-corpus';
import { builds, htmlFilesOf, readPage } from './support/site';

/**
 * The search as built. The only search code on a page is the inline loader
 * (src/search/loader.ts), small enough for every page's JavaScript budget. The Pagefind index of each build holds exactly the section pages, each with its label and
 * reading-order position, and the text the search reads from it is the passage's own text:
 * so the query set that tests/unit/search/query-set.test.ts runs over content/ is what readers
 * search on the site.
 */
const corpus = loadCorpus();

/** A fragment file: gzip of "pagefind_dcd" and JSON, the fragments of a language's pages by hash (one group file). */
function readFragments(file: string): PagefindFragment[] {
  const json = gunzipSync(readFileSync(file)).toString('utf8').replace(/^pagefind_dcd/, '');
  return Object.values(JSON.parse(json) as Record<string, PagefindFragment>);
}

/** Each edition's sections as its pages show them: the traditional ones converted. */
const editions = EDITIONS.map((edition) => ({
  edition,
  prefix: edition === 'traditional' ? 'zh-hant/' : '',
  /** Pagefind's index key: the page's language, lower case. */
  language: editionLang[edition].toLowerCase(),
  convert: edition === 'traditional' ? toTraditional : (text: string) => text,
}));

for (const build of builds) {
  describe(`the search index of the ${build.name}`, () => {
    const files = htmlFilesOf(build);
    const pagefind = join(build.dir, 'pagefind');

    it('indexes exactly the section pages of both editions, each with its label and reading order', () => {
      const indexed = files.flatMap((file) =>
        parseHtml(readFileSync(join(build.dir, file), 'utf8'))
          .querySelectorAll('[data-pagefind-body]')
          .map((element) => ({
            file,
            meta: element.getAttribute('data-pagefind-meta'),
            label: element.getAttribute('data-label'),
            sort: element.getAttribute('data-pagefind-sort'),
          })),
      );
      expect(indexed.sort((a, b) => a.file.localeCompare(b.file))).toEqual(
        editions
          .flatMap(({ prefix, convert }) =>
            corpus.map((section) => ({
              file: `${prefix}${section.path}index.html`,
              meta: 'section[data-label], phrases[data-label-phrases]',
              label: convert(section.label),
              sort: `order:${section.data.order}`,
            })),
          )
          .sort((a, b) => a.file.localeCompare(b.file)),
      );
    });

    it('stores each edition in an index of its language: one fragment file with each section’s URL, label and text', () => {
      const entry = JSON.parse(readFileSync(join(pagefind, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]))).toEqual(
        Object.fromEntries(editions.map(({ language }) => [language, corpus.length])),
      );
      const fragmentFiles = listFiles(join(pagefind, 'fragment'), '.pf_fragment');
      for (const { language, prefix, convert } of editions) {
        const groups = fragmentFiles.filter((file) => file.startsWith(`${language}_`));
        expect(groups, `${language}: fragment files`).toHaveLength(1);
        const stored = readFragments(join(pagefind, 'fragment', groups[0] ?? ''))
          .map((fragment) => sectionOf(fragment, 0))
          .map(({ url, label, text }) => ({ url, label, text }))
          .sort((a, b) => a.url.localeCompare(b.url));
        expect(stored).toEqual(
          corpus
            // Stored relative to the site's root: Pagefind adds the base (its baseUrl option) when it loads them.
            .map((section) => ({ url: `/${prefix}${section.path}`, label: convert(section.label), text: convert(section.text) }))
            .sort((a, b) => a.url.localeCompare(b.url)),
        );
      }
    });

    it('writes the syllables of every section, one for each Chinese character of the text search reads, in both editions', () => {
      const syllables = JSON.parse(readFileSync(join(build.dir, PINYIN_PATH), 'utf8')) as Record<string, string>;
      expect(Object.keys(syllables).sort()).toEqual(corpus.map((section) => section.path).sort());
      const fragmentFiles = listFiles(join(pagefind, 'fragment'), '.pf_fragment');
      for (const { language, prefix } of editions) {
        const group = fragmentFiles.find((file) => file.startsWith(`${language}_`)) ?? '';
        for (const fragment of readFragments(join(pagefind, 'fragment', group))) {
          const { url, text } = sectionOf(fragment, 0);
          const path = url.slice(`/${prefix}`.length);
          expect(readSection(text, syllables[path]), `${url}: syllables fit the text`).toBeDefined();
        }
      }
    });

    it('writes the readings table for homophones, at most 12 KB gzip, loaded only when a query needs it', () => {
      const table = readFileSync(join(build.dir, READINGS_PATH));
      const readings = JSON.parse(table.toString('utf8')) as Record<string, string>;
      expect(readings['jiao']).toContain('脚');
      expect(readings['jiao']).toContain('腳');
      expect(gzipSync(table, { level: 9 }).length).toBeLessThanOrEqual(12 * 1024);
    });
  });
}

/** The loader counts against every page's JavaScript budget (tests/build/budgets.test.ts): keep it tiny. */
const LOADER_BUDGET_GZIP = 512;

describe.each(builds.map((build) => [build.name, build] as const))('the search loader in the %s', (_name, build) => {
  it.each(htmlFilesOf(build))('%s: inline, once, at most 0.5 KB gzip', (file) => {
    const loaders = readPage(build, file)
      .querySelectorAll('script:not([src])')
      .map((script) => script.textContent)
      .filter((code) => code.includes('a.search-button'));
    expect(loaders).toHaveLength(1);
    expect(gzipSync(loaders[0] ?? '', { level: 9 }).length).toBeLessThanOrEqual(LOADER_BUDGET_GZIP);
  });
});
