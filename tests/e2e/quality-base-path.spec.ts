import { expect, test } from '@playwright/test';
import { isPagefindUrl } from '../../scripts/audit/page-weight';
import { NOT_FOUND_PATH, recordFailures, recordRequests, runSearch, settle, sitePages } from './support/site-pages';

/** Under BASE_PATH=/speech/, every request a page makes (also search) stays under /speech/ and succeeds. */
for (const path of sitePages) {
  test(`${path === NOT_FOUND_PATH ? '404 page' : `/speech/${path}`}: requests stay under /speech/ and succeed`, async ({
    page,
    baseURL,
  }) => {
    const base = new URL(baseURL ?? '').href;
    const requests = recordRequests(page.context());
    const failures = recordFailures(page, path);

    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), `HTTP status of ${path}`).toBe(path === NOT_FOUND_PATH ? 404 : 200);
    if (await runSearch(page, '长三角')) {
      await settle(page, requests);
      expect.soft(requests.filter(isPagefindUrl), 'the search step loaded no Pagefind file').not.toEqual([]);
    }

    const outside = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith(base));
    expect.soft(outside, `requests outside ${base}`).toEqual([]);
    expect.soft(failures, 'failed requests').toEqual([]);
  });
}
