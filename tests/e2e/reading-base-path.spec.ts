import { expect, test } from './support/fixtures';
import { headingOf, passage } from './reading-helpers';

/**
 * Under BASE_PATH=/speech/ (baseURL …/speech/): navigation keeps the prefix. Copied URLs:
 * quotes-base-path.spec.ts; links and assets of the built pages: tests/build/base-path.test.ts;
 * robots.txt and the sitemap: tests/build/meta.test.ts.
 */

test.beforeEach(({ baseURL }) => {
  expect(new URL(baseURL ?? '').pathname, 'this spec runs against the /speech/ build').toBe('/speech/');
});

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
