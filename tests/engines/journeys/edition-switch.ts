import { describe, expect, it } from 'vitest';
import { editionLang } from '../../../src/lib/traditional';
import { toTraditional } from '../../../src/lib/traditional-script';
import { readPassages } from '../../support/content';
import { boxOf, defined, desktop, eventually, expectNoProblems, nearTop, sitePath } from '../support/checks';
import type { Driver } from '../support/driver';
import type { Engine } from '../support/suite';

/**
 * Journey 5: the 简/繁 switch is a plain link to the same page in the other edition; with
 * JavaScript it carries the reader's anchor and query along (src/browser/edition-switch.ts).
 */
const priorities = readPassages().filter((p) => p.data.kind === 'priority');
const section = defined(priorities[Math.floor(priorities.length / 2)], 'priority');
const query = toTraditional('长三角');

/** Click the header's 简/繁 switch and wait until the page at `path` has loaded. */
async function switchEdition(driver: Driver, path: string): Promise<void> {
  await driver.click('a.edition-switch');
  await eventually(
    driver,
    `the switch should open /${path}`,
    () => sitePath(driver),
    (current) => decodeURIComponent(current) === path,
  );
  await eventually(
    driver,
    `/${path} should finish loading`,
    () => driver.evaluate(() => document.readyState),
    (state) => state === 'complete',
  );
}

export function editionSwitch(engine: Engine): void {
  describe('the 简/繁 switch', () => {
    it(`keeps the anchor both ways: /full/#${section.anchor} ⇄ /zh-hant/full/#${section.anchor}`, async () => {
      const { driver } = engine;
      await driver.setViewport(desktop);
      await driver.goto(`full/#${section.anchor}`);
      await switchEdition(driver, `zh-hant/full/#${section.anchor}`);
      expect(await driver.evaluate(() => document.documentElement.lang)).toBe(editionLang.traditional);
      await eventually(driver, `the traditional page should show #${section.anchor}`, () => boxOf(driver, `section#${section.anchor} h2`), nearTop);
      await expectNoProblems(driver, `/zh-hant/full/#${section.anchor}`);

      await switchEdition(driver, `full/#${section.anchor}`);
      expect(await driver.evaluate(() => document.documentElement.lang)).toBe(editionLang.simplified);
      await eventually(driver, `the simplified page should show #${section.anchor}`, () => boxOf(driver, `section#${section.anchor} h2`), nearTop);
    });

    it(`keeps the query: /zh-hant/search/?q=${query} → /search/?q=${query}`, async () => {
      const { driver } = engine;
      await driver.setViewport(desktop);
      await driver.goto(`zh-hant/search/?q=${encodeURIComponent(query)}`);
      await switchEdition(driver, `search/?q=${query}`);
      await eventually(
        driver,
        `the search field should hold ${query}`,
        () => driver.evaluate(() => document.querySelector<HTMLInputElement>('#search-page-input')?.value),
        (value) => value === query,
      );
    });
  });
}
