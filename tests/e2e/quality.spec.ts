import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { isPagefindUrl } from '../../scripts/audit/page-weight';
import { waitForResultsOf } from '../../scripts/audit/search-weight';
import { axeViolations, axeViolationsInBothSchemes } from './support/axe';
import { NOT_FOUND_PATH, recordFailures, recordRequests, searchInDialog, sitePages, visitEach } from './support/site-pages';

/**
 * axe-core finds no violations on each page template, in the light and the dark colour scheme;
 * no request any page makes (also search) leaves the site's origin or fails.
 */

const label = (path: string) => (path === NOT_FOUND_PATH ? '404 page' : `/${path}`);
const isOffsite = (url: string, origin: string) =>
  !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin;

/** One page of each template, in the state to check: how to get there. */
const templates: Record<string, (page: Page) => Promise<unknown>> = {
  home: (page) => page.goto(''),
  'section page': (page) => page.goto('priorities/5/'),
  'full text': (page) => page.goto('full/'),
  about: (page) => page.goto('about/'),
  '404 page': (page) => page.goto(NOT_FOUND_PATH),
  'search page with results': async (page) => {
    await page.goto(`search/?q=${encodeURIComponent('生态环境')}`);
    await waitForResultsOf(page, '生态环境', '#search-page');
  },
  'search dialog with results': async (page) => {
    await page.goto('priorities/2/');
    await searchInDialog(page, '先行先试');
  },
};

for (const [template, open] of Object.entries(templates)) {
  test(`axe: the ${template} has no violations, in the light and the dark scheme`, async ({ page }) => {
    await open(page);
    const violations = await axeViolationsInBothSchemes(page);
    expect(violations, `axe violations on the ${template}:\n${violations.join('\n')}`).toEqual([]);
  });
}

test('axe reports what it finds: an image without text, a page without a language', async ({ page }) => {
  await page.setContent('<!doctype html><title>t</title><main><img src="data:,"></main>');
  const found = (await axeViolations(page)).map((violation) => violation.split(' ')[0]);
  expect(found).toEqual(expect.arrayContaining(['image-alt', 'html-has-lang']));
});

test('every page: requests stay on the origin and succeed', async ({ context, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  for (const { path, status, requests, failures } of await visitEach(context, sitePages)) {
    expect.soft(status, `HTTP status of ${label(path)}`).toBe(path === NOT_FOUND_PATH ? 404 : 200);
    expect.soft(requests.filter((url) => isOffsite(url, origin)), `requests to other origins from ${label(path)}`).toEqual([]);
    expect.soft(failures, `failed requests from ${label(path)}`).toEqual([]);
  }
});

test('searching: the dialog and the search page load Pagefind from the origin, and every request succeeds', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests = recordRequests(page.context());
  const failures = recordFailures(page, 'priorities/5/');
  await page.goto('priorities/5/');
  await searchInDialog(page, '长三角');
  await page.goto(`search/?q=${encodeURIComponent('浦东')}`);
  await waitForResultsOf(page, '浦东', '#search-page');
  expect.soft(requests.filter(isPagefindUrl), 'Pagefind files fetched').not.toEqual([]);
  expect.soft(requests.filter((url) => isOffsite(url, origin)), 'requests to other origins').toEqual([]);
  expect.soft(failures, 'failed requests').toEqual([]);
});

test('the Content Security Policy blocks a script injected into a built page, and the page still works', async ({ page, cspViolations }) => {
  // The page as served, with an inline script (no listed hash) added right after the policy.
  await page.route('**/priorities/5/', async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const injected = html.replace(/(<meta http-equiv="content-security-policy"[^>]*>)/, '$1<script>window.injected = true</script>');
    expect(injected, 'the page has a CSP <meta> to inject after').not.toBe(html);
    await route.fulfill({ response, body: injected });
  });
  await page.goto('priorities/5/');
  await expect.poll(() => cspViolations.map((v) => v.directive)).toContain('script-src-elem');
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  // The page's own scripts still ran: the search shortcut is announced on the header button.
  await expect(page.locator('a.search-button')).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
  cspViolations.length = 0;
});
