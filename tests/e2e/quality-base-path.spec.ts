import { expect, test } from './support/fixtures';
import { NOT_FOUND_PATH, templatePages, visitEach } from './support/site-pages';

/**
 * Under BASE_PATH=/speech/, every request a page of each template makes stays under /speech/ and
 * succeeds (search: tests/e2e/search-base-path.spec.ts; every page of the default build:
 * tests/e2e/quality.spec.ts; every link and asset of every page: tests/build/base-path.test.ts).
 */
const outside = (requests: readonly string[], base: string) =>
  requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith(base));

test('a page of each template: requests stay under /speech/ and succeed', async ({ context, baseURL }) => {
  const base = new URL(baseURL ?? '').href;
  for (const { path, status, requests, failures } of await visitEach(context, templatePages)) {
    const label = path === NOT_FOUND_PATH ? '404 page' : `/speech/${path}`;
    expect.soft(status, `HTTP status of ${label}`).toBe(path === NOT_FOUND_PATH ? 404 : 200);
    expect.soft(outside(requests, base), `requests outside ${base} from ${label}`).toEqual([]);
    expect.soft(failures, `failed requests from ${label}`).toEqual([]);
  }
});
