import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../../src/lib/traditional-script';
import { countOccurrences, loadCorpus, sectionContains } from '../../support/search-corpus';
import { boxOf, defined, desktop, eventually, expectNoProblems, inView, sitePath } from '../support/checks';
import type { Driver } from '../support/driver';
import type { Engine } from '../support/suite';

/**
 * Journey 3: search from the keyboard and from the header button, in either script, on its
 * own page, and the highlight a result brings to its section. What a query must find is
 * computed from content/ (tests/support/search-corpus.ts).
 */
const corpus = loadCorpus();
const query = '长三角';
const traditionalQuery = toTraditional(query);
const hits = corpus.filter((section) => sectionContains(section, query));
if (hits.length < 2) throw new Error(`"${query}" should be in several sections of content/passages`);
/** Where search is opened from: a section that does not contain the query, if there is one. */
const start = defined(corpus.find((section) => !sectionContains(section, query)) ?? corpus[0], 'passage');

const DIALOG = 'dialog.search-dialog';

/** The paths the results in `container` link to, sorted; once it shows results for `q`. */
async function resultPaths(driver: Driver, container: string, q: string): Promise<string[]> {
  const found = await eventually(
    driver,
    `results for “${q}” in ${container}`,
    () =>
      driver.evaluate(
        (selector, wanted) => {
          const links = [...document.querySelectorAll<HTMLAnchorElement>(`${selector} a.search-result`)];
          const forQuery = links.length > 0 && links.every((a) => new URL(a.href).searchParams.get('highlight') === wanted);
          return forQuery ? links.map((a) => new URL(a.href).pathname).sort() : null;
        },
        container,
        q,
      ),
    (paths) => paths !== null,
  );
  return found ?? [];
}

const expectedPaths = (driver: Driver) => hits.map((section) => new URL(section.path, driver.siteUrl).pathname).sort();

/** The dialog is open and its input has the focus, so typed keys go there. */
const dialogReady = (driver: Driver) =>
  eventually(
    driver,
    `the search dialog should open with its input focused`,
    () =>
      driver.evaluate(
        (selector) => document.querySelector<HTMLDialogElement>(selector)?.open === true && document.activeElement?.matches(`${selector} input`),
        DIALOG,
      ),
    Boolean,
  );

export function search(engine: Engine): void {
  describe('search', () => {
    it(`“/” opens the dialog and ${query} lists the ${hits.length} sections that contain it; Esc closes it; the header button reopens it and ${traditionalQuery}, typed over, lists the same`, async () => {
      const { driver } = engine;
      await driver.setViewport(desktop);
      await driver.goto(start.path);
      await driver.press('/');
      await dialogReady(driver);
      await driver.type(query);
      expect(await resultPaths(driver, DIALOG, query)).toEqual(expectedPaths(driver));

      await driver.press('Escape');
      await eventually(
        driver,
        'Esc should close the dialog',
        () => driver.evaluate((selector) => document.querySelector<HTMLDialogElement>(selector)?.open, DIALOG),
        (open) => open === false,
      );
      await driver.click('a.search-button');
      await dialogReady(driver);
      // Reopened, the dialog selects the query it had, so typing replaces it.
      await driver.type(traditionalQuery);
      expect(await resultPaths(driver, DIALOG, traditionalQuery)).toEqual(expectedPaths(driver));
      await expectNoProblems(driver, `/${start.path} with search open`);
    });

    it(`the header button opens search on a page that has not loaded it yet; ${traditionalQuery} lists the same sections`, async () => {
      const { driver } = engine;
      await driver.setViewport(desktop);
      await driver.goto(start.path);
      await driver.click('a.search-button');
      await dialogReady(driver);
      await driver.type(traditionalQuery);
      expect(await resultPaths(driver, DIALOG, traditionalQuery)).toEqual(expectedPaths(driver));
      await expectNoProblems(driver, `/${start.path} with search open`);
    });

    it(`search by sound: pudong in the dialog lists the sections with 浦东, 浦东 marked; /search/?q=长三脚 offers ${query}`, async () => {
      const { driver } = engine;
      const pathsWith = (phrase: string) =>
        corpus.filter((section) => sectionContains(section, phrase)).map((section) => new URL(section.path, driver.siteUrl).pathname).sort();
      await driver.setViewport(desktop);
      await driver.goto(start.path);
      await driver.press('/');
      await dialogReady(driver);
      await driver.type('pudong');
      // Results found by pinyin link with the Chinese text they matched, for the page to mark.
      expect(await resultPaths(driver, DIALOG, '浦东')).toEqual(pathsWith('浦东'));
      const marks = await driver.evaluate((selector) => [...new Set([...document.querySelectorAll(`${selector} mark`)].map((m) => m.textContent))], DIALOG);
      expect(marks).toEqual(['浦东']);

      await driver.goto(`search/?q=${encodeURIComponent('长三脚')}`);
      expect(await resultPaths(driver, '#search-page', query)).toEqual(expectedPaths(driver));
      const status = await driver.evaluate(() => document.querySelector('#search-page [role="status"]')?.textContent ?? '');
      expect(status).toContain(`“${query}”`);
      await expectNoProblems(driver, '/search/?q=长三脚');
    });

    it(`/search/?q=${query} lists them; a result opens its section with every ${query} marked, the first in view`, async () => {
      const { driver } = engine;
      await driver.setViewport(desktop);
      await driver.goto(`search/?q=${encodeURIComponent(query)}`);
      expect(await resultPaths(driver, '#search-page', query)).toEqual(expectedPaths(driver));
      const target = await driver.evaluate(() => document.querySelector<HTMLAnchorElement>('#search-page a.search-result')?.href ?? '');
      const section = hits.find((hit) => new URL(target).pathname === new URL(hit.path, driver.siteUrl).pathname);
      if (!section) throw new Error(`${driver.engine}: the first result, ${target}, is none of the expected sections`);

      await driver.click('#search-page a.search-result');
      await eventually(
        driver,
        `the result should open /${section.path}?highlight=…`,
        () => sitePath(driver),
        (path) => path.startsWith(`${section.path}?highlight=`),
      );
      const occurrences = await eventually(
        driver,
        `/${section.path} should mark ${query}`,
        () =>
          driver.evaluate(() => {
            const byOccurrence = new Map<string, string>();
            for (const mark of document.querySelectorAll<HTMLElement>('[data-pagefind-body] mark[data-highlight]')) {
              const key = mark.dataset['highlight'] ?? '';
              byOccurrence.set(key, (byOccurrence.get(key) ?? '') + mark.textContent);
            }
            return [...byOccurrence.values()];
          }),
        (marked) => marked.length > 0,
      );
      expect(occurrences).toEqual(Array(countOccurrences(section, query)).fill(query));
      await eventually(driver, `the first mark should be in view`, () => boxOf(driver, 'mark[data-highlight]'), inView);
      await expectNoProblems(driver, `/${section.path} opened from a result`);
    });
  });
}
