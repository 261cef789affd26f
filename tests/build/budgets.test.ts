import { describe, expect, it } from 'vitest';
import { isPagefindUrl, measurePage, type PageWeight } from '../../scripts/audit/page-weight';
import { readPassages } from '../support/content';
import { defaultBuild, htmlFilesOf } from './support/site';

/**
 * Byte budgets (issue 3, item 8; issue 4, item 7), measured from the built files with
 * gzip level 9. 1 KB = 1024 bytes.
 */
const KB = 1024;
const BUDGET = {
  /** Inline scripts plus every script the page loads, on each section page. */
  sectionJs: 2 * KB,
  /** Inline <style> plus linked stylesheets, on each section page. */
  sectionCss: 6 * KB,
  /** HTML + CSS + JS fetched on load of a priority page (no lazily loaded images or icons). */
  priorityFirstLoad: 12 * KB,
};

const passages = readPassages();
const files = htmlFilesOf(defaultBuild);
const measure = (file: string): PageWeight => {
  if (!files.includes(file)) throw new Error(`${file} was not built in ${defaultBuild.dir}`);
  return measurePage(defaultBuild.dir, defaultBuild.base, file);
};
const list = (weight: PageWeight) =>
  weight.loaded.map((f) => `  ${f.url} (${f.kind}, ${f.bytes.gzip} B gzip, via ${f.via})`).join('\n') || '  (no files)';

/** Every section page, in both editions. */
const sectionPages = passages.flatMap((p) => ['', 'zh-hant/'].map((edition) => [`${edition}${p.path}index.html`, p.data.kind] as const));

describe.each(sectionPages)('%s', (file, kind) => {
  it('loads only resources that exist on this origin', () => {
    expect(measure(file).problems, `${file}: resources that cannot be loaded`).toEqual([]);
  });

  it(`runs under ${BUDGET.sectionJs / KB} KB gzip of JavaScript on load`, () => {
    const weight = measure(file);
    expect(weight.js.gzip, `${file}: JS on load is ${weight.js.gzip} B gzip; files:\n${list(weight)}`).toBeLessThan(
      BUDGET.sectionJs,
    );
  });

  it(`ships under ${BUDGET.sectionCss / KB} KB gzip of CSS`, () => {
    const weight = measure(file);
    expect(weight.css.gzip, `${file}: CSS is ${weight.css.gzip} B gzip; files:\n${list(weight)}`).toBeLessThan(
      BUDGET.sectionCss,
    );
  });

  if (kind === 'priority') {
    it(`first load is under ${BUDGET.priorityFirstLoad / KB} KB gzip`, () => {
      const weight = measure(file);
      expect(
        weight.firstLoad.gzip,
        `${file}: first load is ${weight.firstLoad.gzip} B gzip (HTML ${weight.html.gzip} B); files:\n${list(weight)}`,
      ).toBeLessThan(BUDGET.priorityFirstLoad);
    });
  }
});

describe('search loads only when opened', () => {
  // /search/ shows results for ?q= as it loads, so it may load Pagefind at once; no other page may.
  const pages = files.filter((file) => !file.endsWith('search/index.html'));

  it.each(pages)('%s fetches nothing of Pagefind on load', (file) => {
    const weight = measure(file);
    const pagefind = [...weight.loaded.map((f) => `${f.url} (via ${f.via})`), ...weight.prefetched].filter(isPagefindUrl);
    expect(pagefind, `${file}: Pagefind files loaded with the page`).toEqual([]);
  });
});
