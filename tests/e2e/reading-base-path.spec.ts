import { expect, test } from '@playwright/test';
import { headingOf, passage } from './reading-helpers';

/** Under BASE_PATH=/speech/ (baseURL …/speech/): links, assets and anchors keep the prefix (copied URLs: quotes-base-path.spec.ts). */

test.beforeEach(({ baseURL }) => {
  expect(new URL(baseURL ?? '').pathname, 'this spec runs against the /speech/ build').toBe('/speech/');
});

for (const path of ['', 'priorities/5/', 'passages/han-zheng/', 'full/', 'about/', 'no-such-page/']) {
  test(`/speech/${path}: every link and asset URL is under /speech/`, async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(path, { waitUntil: 'networkidle' });
    const urls = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map(
        (element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '',
      ),
    );
    const local = urls.filter((url) => !/^[a-z]+:/i.test(url));
    expect(local.length).toBeGreaterThan(10);
    expect(local.filter((url) => !url.startsWith('#') && !url.startsWith('/speech/'))).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('/speech/'))).toEqual([]);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBe('/speech/favicon.svg');
    expect((await page.request.get(icon ?? '')).status()).toBe(200);
  });
}

test('the table of contents, previous/next and heading anchors navigate under /speech/', async ({ page, baseURL }) => {
  await page.goto('priorities/5/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/speech\/priorities\/5\/$/);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new URL('priorities/6/', baseURL).href);
  await page.locator('.toc-sidebar a', { hasText: '韩正在讲话中表示' }).click();
  await expect(page).toHaveURL(new URL('passages/han-zheng/', baseURL).href);
  await page.locator('main h1').hover();
  await page.locator('main a.anchor').click();
  // A section's "#" link is its page's own short URL.
  await expect(page).toHaveURL(new URL('passages/han-zheng/', baseURL).href);
  await expect(page.locator('h1')).toHaveText(headingOf(passage('han-zheng')));
  await page.goto('full/');
  await page.locator('.toc-sidebar a', { hasText: '推动浦东高水平改革开放' }).click();
  await expect(page).toHaveURL(new URL('full/#priority-5', baseURL).href);
  await expect(page.locator('section#priority-5:target')).toBeInViewport();
});

test('robots.txt names the sitemap index under /speech/, and it exists', async ({ request }) => {
  const robots = await request.get('robots.txt');
  expect(robots.status()).toBe(200);
  const sitemap = /^Sitemap: (\S+)$/m.exec(await robots.text())?.[1];
  expect(sitemap, 'Sitemap line in robots.txt').toBeDefined();
  const sitemapPath = new URL(sitemap ?? '').pathname;
  expect(sitemapPath).toBe('/speech/sitemap-index.xml');
  const index = await request.get(sitemapPath);
  expect(index.status()).toBe(200);
  const child = /<loc>([^<]+)<\/loc>/.exec(await index.text())?.[1] ?? '';
  const urls = await (await request.get(new URL(child).pathname)).text();
  expect(urls).toContain('/speech/priorities/5/</loc>');
  expect(urls).toContain('/speech/full/</loc>');
});
