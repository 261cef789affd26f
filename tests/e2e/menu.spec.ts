import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';

/** The phone 目录 menu closes as a menu does (src/browser/menu.ts). */
test.use({ viewport: { width: 390, height: 700 }, hasTouch: true, isMobile: true });

const menu = (page: Page) => page.locator('details.toc-menu');
const isOpen = (page: Page) => menu(page).evaluate((details) => (details as HTMLDetailsElement).open);

async function openMenu(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await menu(page).locator('summary').tap();
  await expect(menu(page).locator('nav')).toBeVisible();
}

test('Esc closes it and puts focus back on 目录', async ({ page }) => {
  await openMenu(page, 'priorities/5/');
  await menu(page).locator('a').first().focus();
  await page.keyboard.press('Escape');
  await expect(menu(page).locator('nav')).toBeHidden();
  await expect(menu(page).locator('summary')).toBeFocused();
  // Closed, Esc leaves focus where it is.
  await page.locator('main a.anchor').focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('main a.anchor')).toBeFocused();
});

test('choosing an entry on /full/ closes it and shows the section', async ({ page, baseURL }) => {
  await openMenu(page, 'full/');
  await menu(page).locator('a', { hasText: '韩正在讲话中表示' }).tap();
  await expect(page).toHaveURL(new URL('full/#han-zheng', baseURL).href);
  expect(await isOpen(page)).toBe(false);
  await expect(page.locator('section#han-zheng h2')).toBeInViewport();
});

test('a tap outside closes it; a tap inside does not', async ({ page, baseURL }) => {
  await openMenu(page, 'full/');
  await menu(page).locator('.toc-group').first().tap();
  expect(await isOpen(page)).toBe(true);
  // Just below the menu, on the passage text that it drops down over.
  const box = await menu(page).locator('nav').boundingBox();
  const point = { x: 195, y: (box?.y ?? 0) + (box?.height ?? 0) + 12 };
  const target = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('a, details, p')?.tagName, point);
  expect(target, 'below the menu is passage text').toBe('P');
  await page.touchscreen.tap(point.x, point.y);
  await expect(menu(page).locator('nav')).toBeHidden();
  await expect(page).toHaveURL(new URL('full/', baseURL).href);
});
