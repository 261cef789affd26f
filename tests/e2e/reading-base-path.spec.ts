import { expect, test } from '@playwright/test';
import { encodeTerm } from '../../src/browser/text-fragment';
import { clipboardText, headingOf, passage, selectText } from './reading-helpers';

/**
 * Under BASE_PATH=/speech/ (baseURL …/speech/): navigation and copied URLs keep the prefix.
 * Links and assets of the built pages: tests/build/base-path.test.ts; robots.txt and the
 * sitemap: tests/build/meta.test.ts.
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

test.describe('copied URLs', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('复制链接 and 复制引用链接 copy URLs with /speech/', async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    await page.goto('priorities/5/');
    await page.locator('main button.copy-link').click();
    await expect.poll(() => clipboardText(page)).toBe(`${origin}/speech/priorities/5/`);

    await page.goto('full/');
    await page.locator('section#priority-6 button.copy-link').click();
    await expect.poll(() => clipboardText(page)).toBe(`${origin}/speech/full/#priority-6`);

    const quote = '长江禁渔是为全局计、为子孙谋的重要决策。';
    await page.goto('priorities/6/');
    await selectText(page, 'main .passage-body', quote);
    await page.getByRole('button', { name: '复制引用链接' }).click();
    await expect.poll(() => clipboardText(page)).toBe(`${origin}/speech/priorities/6/#:~:text=${encodeTerm(quote)}`);
  });
});
