import { expect, test } from '@playwright/test';
import { dialogSelectors, recordResponses, waitForResultsOf } from '../../scripts/audit/search-weight';

/** Runs against the build with BASE_PATH=/speech/ (Playwright project "base-path"). */

test('search under /speech/: bundle, results and highlight all stay under the base path', async ({ page }) => {
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
  expect(new URL((await first.getAttribute('href')) ?? '', page.url()).pathname).toBe('/speech/priorities/5/');
  await first.click();
  await expect(page).toHaveURL(/\/speech\/priorities\/5\/\?highlight=/);
  await expect(page.locator('mark[data-highlight]')).toHaveText(['先行先试']);
});

test('/speech/search/?q= lists links under the base path', async ({ page }) => {
  await page.goto('search/?q=' + encodeURIComponent('生态环境'));
  await waitForResultsOf(page, '生态环境', '#search-page');
  const paths = await page
    .locator('#search-page [data-testid="search-results"] a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths).toEqual(['/speech/priorities/6/', '/speech/passages/han-zheng/']);
});
