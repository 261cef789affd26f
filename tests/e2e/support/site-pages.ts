import type { BrowserContext, Page } from '@playwright/test';
import { dialogSelectors, waitForResultsOf } from '../../../scripts/audit/search-weight';
import { readPassages } from '../../support/content';

/**
 * Every page of the site as a relative URL for page.goto (works under both bases): the fixed
 * pages, one per passage (derived from content/passages), and a missing path for the 404 page.
 */
export const NOT_FOUND_PATH = 'no-such-page/';

const passages = readPassages();

export const sitePages: readonly string[] = [
  '',
  ...passages.map((passage) => passage.path),
  'full/',
  'about/',
  'search/',
  NOT_FOUND_PATH,
];

/** One page of each template: home, a priority, another passage, the full text, about, search, 404. */
export const templatePages: readonly string[] = [
  '',
  ...(['priority', 'other'] as const).map((kind) => passages.find((passage) => passage.data.kind === kind)?.path ?? `no ${kind} passage/`),
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
  watchFailures(page, path, (failure) => failures.push(failure));
  return failures;
}

/** Report each failed request or response ≥ 400 of `page`, but the 404 page's own 404. */
function watchFailures(page: Page, path: string, report: (failure: string) => void): void {
  page.on('response', (response) => {
    const isMissingPage = path === NOT_FOUND_PATH && response.request().isNavigationRequest();
    if (response.status() >= 400 && !isMissingPage) report(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => report(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`));
}

/** One page load: the path, its HTTP status, what it requested, what failed. */
export interface Visit {
  path: string;
  status: number | undefined;
  requests: string[];
  failures: string[];
}

/**
 * Open each path in a tab of its own in `context` (left open: leaving a page would abort what it
 * still loads, such as the favicon); what each load requested (its workers' requests included)
 * and what failed, page by page. On the 404 page its own document's 404 is expected.
 */
export async function visitEach(context: BrowserContext, paths: readonly string[]): Promise<Visit[]> {
  const visits: Visit[] = [];
  // Requests of the context (workers' included) count for the page opened last.
  context.on('request', (request) => visits.at(-1)?.requests.push(request.url()));
  for (const path of paths) {
    const page = await context.newPage();
    const visit: Visit = { path, status: undefined, requests: [], failures: [] };
    visits.push(visit);
    watchFailures(page, path, (failure) => visit.failures.push(failure));
    visit.status = (await page.goto(path))?.status();
  }
  return visits;
}

/** Open the search dialog on the current page with `/`, type `query` and wait for its results. */
export async function searchInDialog(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  await page.locator(dialogSelectors.input).fill(query);
  await waitForResultsOf(page, query);
}
