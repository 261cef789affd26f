import { expect, test } from './support/fixtures';
import { dialogSelectors, recordResponses, waitForResultsOf } from '../../scripts/audit/search-weight';
import { expectedHits, loadCorpus } from '../support/search-corpus';
import { recordFailures } from './support/site-pages';

const corpus = loadCorpus();

/** Runs against the build with BASE_PATH=/speech/ (Playwright project "base-path"). */

test('search under /speech/: bundle, results and highlight all stay under the base path and load', async ({ page }) => {
  const failures = recordFailures(page, 'priorities/1/');
  await page.goto('priorities/1/');
  await expect(page.getByRole('link', { name: '搜索' })).toHaveAttribute('href', '/speech/search/');
  const recording = recordResponses(page);
  await page.keyboard.press('/');
  await page.locator(dialogSelectors.input).fill('先行先试');
  await waitForResultsOf(page, '先行先试');
  const fetched = (await recording.stop()).map((r) => new URL(r.url).pathname);
  expect(fetched.filter((path) => path.includes('pagefind')).length).toBeGreaterThan(3);
  for (const path of fetched) expect(path).toMatch(/^\/speech\//);

  const first = page.locator(dialogSelectors.results).first();
  const expected = `/speech/${expectedHits(corpus, '先行先试')[0]?.section.path ?? ''}`;
  expect(new URL((await first.getAttribute('href')) ?? '', page.url()).pathname).toBe(expected);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${expected}\\?highlight=`));
  await expect(page.locator('mark[data-highlight]')).toHaveText(['先行先试']);
  expect(failures, 'failed requests').toEqual([]);
});

test('/speech/search/?q= lists links under the base path', async ({ page }) => {
  await page.goto('search/?q=' + encodeURIComponent('生态环境'));
  await waitForResultsOf(page, '生态环境', '#search-page');
  const paths = await page
    .locator('#search-page [data-testid="search-results"] a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths).toEqual(expectedHits(corpus, '生态环境').map((hit) => `/speech/${hit.section.path}`));
});
