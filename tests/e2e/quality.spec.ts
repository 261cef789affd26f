import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { isPagefindUrl } from '../../scripts/audit/page-weight';
import { NOT_FOUND_PATH, recordFailures, recordRequests, runSearch, settle, sitePages } from './support/site-pages';

/**
 * On every page of the default build: axe-core finds no violations, and no request (also
 * after opening search and running a query) leaves the site's origin or fails. One page load
 * serves both checks; soft assertions report each on its own.
 */

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
}

const label = (path: string) => (path === NOT_FOUND_PATH ? '404 page' : `/${path}`);
const isOffsite = (url: string, origin: string) =>
  !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin;

for (const path of sitePages) {
  test(`${label(path)}: accessible (axe), requests stay on the origin and succeed`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const requests = recordRequests(page.context());
    const failures = recordFailures(page, path);

    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), `HTTP status of ${label(path)}`).toBe(path === NOT_FOUND_PATH ? 404 : 200);

    const violations = await axeViolations(page);
    expect.soft(violations, `axe violations on ${label(path)}:\n${violations.join('\n')}`).toEqual([]);

    if (await runSearch(page, '长三角')) {
      await settle(page, requests);
      expect.soft(requests.filter(isPagefindUrl), 'the search step loaded no Pagefind file').not.toEqual([]);
    } else test.info().annotations.push({ type: 'skipped step', description: 'no search button on this page yet' });

    expect.soft(requests.filter((url) => isOffsite(url, origin)), `requests to other origins from ${label(path)}`).toEqual([]);
    expect.soft(failures, `failed requests from ${label(path)}`).toEqual([]);
  });
}

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of ['', 'priorities/5/', 'full/']) {
    test(`${label(path)}: accessible (axe)`, async ({ page }) => {
      await page.goto(path);
      const violations = await axeViolations(page);
      expect(violations, `axe violations on ${label(path)} (dark):\n${violations.join('\n')}`).toEqual([]);
    });
  }
});

test('/search/?q=…: results load from the site only', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests = recordRequests(page.context());
  await page.goto(`search/?q=${encodeURIComponent('浦东')}`, { waitUntil: 'networkidle' });
  await settle(page, requests);
  expect(requests.filter((url) => isOffsite(url, origin)), 'requests to other origins').toEqual([]);
});
