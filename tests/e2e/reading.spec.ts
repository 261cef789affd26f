import { expect, test } from './support/fixtures';
import { expectNoHorizontalScroll, headingOf, passage, passages } from './reading-helpers';

/**
 * Reading the site in a browser: landing on a section, navigating without JavaScript, phone
 * widths. What the pages contain is read from the built HTML (tests/build/reading.test.ts); copy
 * and quote links: quotes.spec.ts.
 */

const phone = { width: 390, height: 664 };

test.describe('landing on a section', () => {
  for (const viewport of [{ width: 1280, height: 720 }, phone]) {
    test.describe(`${viewport.width}px`, () => {
      test.use({ viewport });

      test('/priorities/5/ shows priority 5’s heading at the top', async ({ page }) => {
        await page.goto('priorities/5/');
        const box = await page.locator('h1').boundingBox();
        expect(box, 'h1 box').not.toBeNull();
        expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
        expect((box?.y ?? 1e9) + (box?.height ?? 0)).toBeLessThan(viewport.height / 2);
      });

      test('/full/#priority-5 scrolls priority 5 to the top and marks it', async ({ page }) => {
        await page.goto('full/#priority-5');
        const section = page.locator('section#priority-5');
        await expect.poll(async () => (await section.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
        const box = await section.boundingBox();
        expect(box?.y ?? 1e9, 'section top from the viewport top').toBeLessThanOrEqual(32);
        await expect(section.locator('h2')).toBeInViewport();
        expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
        // :target is visibly marked: a border and a background the other sections lack.
        const style = (id: string) =>
          page.locator(`section#${id}`).evaluate((s) => {
            const css = getComputedStyle(s);
            return `${css.borderLeftWidth} ${css.backgroundColor}`;
          });
        expect(await style('priority-5')).not.toBe(await style('priority-6'));
      });
    });
  }
});

test.describe('heading anchor links', () => {
  test('appear on hover and focus, with a Chinese label, and link to the heading', async ({ page }) => {
    await page.goto('full/');
    const heading = page.locator('section#priority-5 h2');
    const anchor = page.locator('section#priority-5 a.anchor');
    await expect(anchor).toHaveAccessibleName(`本节链接：${headingOf(passage('priority-5'))}`);
    await expect(anchor).toHaveCSS('opacity', '0');
    await heading.hover();
    await expect(anchor).toHaveCSS('opacity', '1');
    await page.mouse.move(0, 0);
    await anchor.focus();
    await expect(anchor).toHaveCSS('opacity', '1');
    // The "#" link gives the section's one public URL, the one 复制链接 copies.
    expect(new URL((await anchor.getAttribute('href')) ?? '', page.url()).href).toBe(new URL('#priority-5', page.url()).href);
  });

  test.describe('on a touch screen', () => {
    test.use({ viewport: phone, hasTouch: true, isMobile: true });
    test('are always visible', async ({ page }) => {
      await page.goto('priorities/5/');
      await expect(page.locator('main a.anchor')).toHaveCSS('opacity', '1');
    });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the table of contents and previous/next navigate (desktop sidebar)', async ({ page, baseURL }) => {
    await page.goto('priorities/5/');
    await page.locator('.toc-sidebar a', { hasText: '习近平强调' }).click();
    await expect(page).toHaveURL(new URL('passages/xi-jinping-stresses/', baseURL).href);
    await page.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(new URL('priorities/7/', baseURL).href);
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new URL('passages/xi-jinping-stresses/', baseURL).href);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: phone });
    test('the 目录 menu opens and navigates', async ({ page, baseURL }) => {
      await page.goto('priorities/5/');
      await expect(page.locator('.toc-sidebar')).toBeHidden();
      const link = page.locator('.toc-menu a', { hasText: '推动浦东高水平改革开放' });
      await expect(link).toBeHidden();
      await page.locator('.toc-menu summary').click();
      await expect(link).toHaveAttribute('aria-current', 'page');
      await page.locator('.toc-menu a', { hasText: '夯实长三角地区绿色发展基础' }).click();
      await expect(page).toHaveURL(new URL('priorities/6/', baseURL).href);
      await expect(page.locator('h1')).toHaveText(headingOf(passage('priority-6')));
    });

    test('/full/: the menu jumps to a section', async ({ page, baseURL }) => {
      await page.goto('full/');
      await page.locator('.toc-menu summary').click();
      await page.locator('.toc-menu a', { hasText: '韩正在讲话中表示' }).click();
      await expect(page).toHaveURL(new URL('full/#han-zheng', baseURL).href);
      await expect(page.locator('section#han-zheng h2')).toBeInViewport();
    });
  });
});

test.describe('phone widths', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  const widths = [320, 390];

  // The pages with a table of contents beside the text, which phones show as a 目录 menu (one
  // test for all: a fresh page per path would cost more than the checks).
  const withMenu = [...passages.map((p) => p.path), 'full/', 'about/'];
  test(`${withMenu.map((path) => `/${path}`).join(', ')}: no sideways scroll at ${widths.join(' or ')} px, also with the 目录 menu open`, async ({
    page,
  }) => {
    for (const path of withMenu) {
      await page.goto(path);
      const menu = page.locator('.toc-menu nav');
      for (const width of widths) {
        await page.setViewportSize({ width, height: 640 });
        await expectNoHorizontalScroll(page, `/${path} at ${width}px`);
        await page.locator('.toc-menu summary').click();
        await expect(menu).toBeVisible();
        await expectNoHorizontalScroll(page, `/${path} at ${width}px with 目录 open`);
        await page.locator('.toc-menu summary').click();
        await expect(menu).toBeHidden();
      }
    }
  });

  test(`/, /full/#priority-5, /search/ and the 404 page do not scroll sideways at ${widths.join(' or ')} px`, async ({ page }) => {
    for (const path of ['', 'full/#priority-5', 'search/', 'no-such-page/']) {
      await page.goto(path);
      for (const width of widths) {
        await page.setViewportSize({ width, height: 640 });
        await expectNoHorizontalScroll(page, `/${path} at ${width}px`);
      }
    }
  });
});
