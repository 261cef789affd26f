import type { BrowserContext, Page } from '@playwright/test';
import { readPassages } from '../../support/content';

/**
 * Every page of the site as a relative URL for page.goto (works under both bases): the fixed
 * pages, one per passage (derived from content/passages), and a missing path for the 404 page.
 */
export const NOT_FOUND_PATH = 'no-such-page/';

export const sitePages: readonly string[] = [
  '',
  ...readPassages().map((passage) => passage.path),
  'full/',
  'about/',
  'search/',
  NOT_FOUND_PATH,
];

/** Record every request the page and its workers make, from now on. */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

/**
 * Record failed requests and responses with status ≥ 400, from now on. On the 404 page
 * (`path` is NOT_FOUND_PATH) its own document's 404 is expected.
 */
export function recordFailures(page: Page, path: string): string[] {
  const failures: string[] = [];
  page.on('response', (response) => {
    const isMissingPage = path === NOT_FOUND_PATH && response.request().isNavigationRequest();
    if (response.status() >= 400 && !isMissingPage) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failures.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`));
  return failures;
}

/** Wait until no request has started for `quietMs` (at most `timeoutMs`), for lazily loaded work. */
export async function settle(page: Page, requests: readonly string[], quietMs = 500, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = -1;
  while (seen !== requests.length && Date.now() < deadline) {
    seen = requests.length;
    await page.waitForTimeout(quietMs);
  }
}

/**
 * Open the header search (a link to /search/ that JavaScript turns into a dialog, or a button)
 * and type a query. Returns false when the page has no search control yet, so the caller can
 * say the search step was skipped.
 */
export async function runSearch(page: Page, query: string): Promise<boolean> {
  const name = /^\s*搜索/;
  const control = page.getByRole('button', { name }).or(page.getByRole('link', { name })).first();
  if ((await control.count()) === 0) return false;
  await control.click();
  const input = page.locator('input[type="search"]:focus, input:focus');
  await input.first().waitFor({ timeout: 5_000 });
  await input.first().pressSequentially(query);
  return true;
}
