import { expect, test } from '@playwright/test';
import { NOT_FOUND_PATH, recordFailures, recordRequests, templatePages } from './support/site-pages';

/**
 * Under BASE_PATH=/speech/, every request a page of each template makes stays under /speech/ and
 * succeeds (search: tests/e2e/search-base-path.spec.ts; every page of the default build:
 * tests/e2e/quality.spec.ts; every link and asset of every page: tests/build/base-path.test.ts).
 */
const outside = (requests: readonly string[], base: string) =>
  requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith(base));

for (const path of templatePages) {
  test(`${path === NOT_FOUND_PATH ? '404 page' : `/speech/${path}`}: requests stay under /speech/ and succeed`, async ({
    page,
    baseURL,
  }) => {
    const base = new URL(baseURL ?? '').href;
    const requests = recordRequests(page.context());
    const failures = recordFailures(page, path);
    const response = await page.goto(path);
    expect(response?.status(), `HTTP status of ${path}`).toBe(path === NOT_FOUND_PATH ? 404 : 200);
    expect.soft(outside(requests, base), `requests outside ${base}`).toEqual([]);
    expect.soft(failures, 'failed requests').toEqual([]);
  });
}
