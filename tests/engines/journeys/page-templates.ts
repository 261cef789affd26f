import { describe, expect, it } from 'vitest';
import { searchUi, ui } from '../../../src/i18n/ui';
import { sectionHeading } from '../../../src/lib/labels';
import { toTraditional } from '../../../src/lib/traditional-script';
import { readContent } from '../../support/content';
import { loadCorpus, sectionContains } from '../../support/search-corpus';
import { desktop, eventually, expectNoProblems } from '../support/checks';
import { HARNESS_CHECK_ERROR, HARNESS_CHECK_PATH } from '../support/site';
import type { Engine } from '../support/suite';

/**
 * Journey 1: one page of each template loads with its scripts run and nothing going wrong: no
 * console error, no uncaught error, no failed load, no Content-Security-Policy violation (the
 * harness records them from before the page's first script; support/harness.ts).
 */
const { speech, passages } = readContent();
const priority = passages.find((p) => p.data.kind === 'priority');
const other = passages.find((p) => p.data.kind === 'other');
if (!priority || !other) throw new Error('content/passages has no priority or no other passage');
const query = '长三角';
const hits = loadCorpus().filter((section) => sectionContains(section, query));

interface Template {
  name: string;
  path: string;
  /** The page's h1 as content/ and src/i18n/ui.ts define it. */
  h1: string;
  /** A selector present once the page's own scripts have done their part, beyond the loader's. */
  ready?: string;
}

const templates: Template[] = [
  { name: 'home', path: '', h1: speech.title },
  { name: 'a priority', path: priority.path, h1: sectionHeading(priority.data), ready: '.copy-link:not([hidden])' },
  { name: 'another passage', path: other.path, h1: sectionHeading(other.data), ready: '.copy-link:not([hidden])' },
  { name: 'the full text', path: 'full/', h1: speech.title, ready: '.copy-link:not([hidden])' },
  { name: 'about', path: 'about/', h1: ui.about.title },
  {
    name: 'search results',
    path: `search/?q=${encodeURIComponent(query)}`,
    h1: searchUi.button,
    ready: `#search-page [data-testid="search-results"] li:nth-child(${hits.length}) a.search-result`,
  },
  { name: 'not found (404)', path: 'no-such-page/', h1: ui.reading.notFoundTitle },
  {
    name: 'a traditional priority',
    path: `zh-hant/${priority.path}`,
    h1: toTraditional(sectionHeading(priority.data)),
    ready: '.copy-link:not([hidden])',
  },
];

export function pageTemplates(engine: Engine): void {
  describe('page templates', () => {
    it('the in-page harness sees a CSP violation and a console error (a page that has both, on purpose)', async () => {
      const { driver } = engine;
      await driver.setViewport(desktop);
      await driver.goto(HARNESS_CHECK_PATH);
      const problems = await eventually(
        driver,
        'the harness check page’s problems',
        () => driver.problems(),
        (found) => found.length >= 3,
        { problemsExpected: true },
      );
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^CSP violation: style-src/),
          expect.stringMatching(/^CSP violation: script-src/),
          expect.stringContaining(`console.error: ${HARNESS_CHECK_ERROR}`),
        ]),
      );
      expect(await driver.evaluate(() => document.title), 'the inline script was refused').toBe('harness check');
    });

    it('the browser’s own console log is read too (what the browser reports beyond the page’s scripts)', async ({ skip }) => {
      const { driver } = engine;
      skip(
        driver.engine === 'webkit',
        'WebKitWebDriver speaks WebDriver classic only (Debian’s build has no BiDi, so no log.entryAdded) and classic has no log ' +
          'endpoint: in WebKit, pages are checked through the in-page harness alone',
      );
      await driver.goto(HARNESS_CHECK_PATH);
      await eventually(
        driver,
        'the browser should report the harness check page’s console error',
        () => driver.problems(),
        (found) => found.some((problem) => problem === `browser console: ${HARNESS_CHECK_ERROR}`),
        { problemsExpected: true },
      );
    });

    for (const { name, path, h1, ready } of templates) {
      it(`${name} (/${decodeURIComponent(path)}) loads, runs its scripts, and nothing goes wrong`, async ({ annotate }) => {
        const { driver } = engine;
        await driver.goto(path);
        const policies = await driver.evaluate(() =>
          [...document.querySelectorAll<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy" i]')].map((meta) => meta.content),
        );
        await annotate(policies.length ? `CSP: ${policies.join(' | ')}` : 'no Content-Security-Policy <meta> on this page');
        expect(await driver.evaluate(() => document.querySelector('h1')?.textContent?.trim())).toBe(h1);
        // The search loader marks the header button on every page; other scripts leave their own mark.
        await eventually(
          driver,
          `/${path}: the page's scripts should leave their marks`,
          () =>
            driver.evaluate(
              (selector) => Boolean(document.querySelector('a.search-button[aria-keyshortcuts]') && (!selector || document.querySelector(selector))),
              ready ?? '',
            ),
          Boolean,
        );
        await expectNoProblems(driver, `/${path}`);
      });
    }
  });
}
