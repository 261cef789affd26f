import { expect, test } from './support/fixtures';

/**
 * `npm start`, the browser tests and the bench serve through scripts/preview-server.ts, which
 * answers a directory path without its trailing slash as GitHub Pages does: a redirect that
 * keeps the query, under either base path.
 */
test('/priorities/5 redirects to /priorities/5/ and keeps the query; so does /speech/priorities/5', async ({ page, request, baseURL }) => {
  const speechUrl = process.env['E2E_SPEECH_URL'];
  if (!speechUrl) throw new Error('E2E_SPEECH_URL is not set (tests/e2e/support/global-setup.ts)');
  for (const root of [baseURL ?? '', speechUrl]) {
    const response = await request.get(new URL('priorities/5?highlight=%E6%B5%A6%E4%B8%9C', root).href, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()['location']).toBe(`${new URL('priorities/5/', root).pathname}?highlight=%E6%B5%A6%E4%B8%9C`);
  }
  await page.goto('priorities/5?highlight=%E6%B5%A6%E4%B8%9C');
  await expect(page).toHaveURL(new URL('priorities/5/?highlight=%E6%B5%A6%E4%B8%9C', baseURL).href);
  await expect(page.locator('main mark').first()).toHaveText('浦东');
});
