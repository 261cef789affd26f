import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, headingOf, passage, passages, readingPages, speech } from './reading-helpers';

/** Reading the site: pages, navigation, landing on a section (copy and quote links: quotes.spec.ts). */

const phone = { width: 390, height: 664 };

test.describe('section pages', () => {
  for (const [index, p] of passages.entries()) {
    test(`/${p.path}: passage text, heading, table of contents and previous/next`, async ({ page, baseURL }) => {
      await page.goto(p.path);
      const main = page.locator('main');
      await expect(main.locator('h1')).toHaveText(headingOf(p));
      await expect(page.locator('h1')).toHaveCount(1);
      for (const paragraph of p.paragraphs) await expect(main.locator('.passage-body p', { hasText: paragraph })).toBeVisible();

      const toc = page.locator('.toc-sidebar nav.toc');
      await expect(toc).toBeVisible();
      await expect(toc.locator('a')).toHaveCount(passages.length + 2);
      const current = toc.locator('a[aria-current="page"]');
      await expect(current).toHaveCount(1);
      expect(new URL((await current.getAttribute('href')) ?? '', baseURL).href).toBe(new URL(p.path, baseURL).href);

      const prev = passages[index - 1];
      const next = passages[index + 1];
      const prevLink = page.locator('a[rel="prev"]');
      const nextLink = page.locator('a[rel="next"]');
      if (prev) await expect(prevLink).toHaveAttribute('href', new URL(prev.path, baseURL).pathname);
      else await expect(prevLink).toHaveCount(0);
      if (next) {
        await expect(nextLink).toHaveAttribute('href', new URL(next.path, baseURL).pathname);
        await nextLink.click();
        await expect(page).toHaveURL(new URL(next.path, baseURL).href);
        await expect(page.locator('h1')).toHaveText(headingOf(next));
      } else await expect(nextLink).toHaveCount(0);
    });
  }

  test('/priorities/1/: shows only "第一" and says the source lacks its opening and heading', async ({ page }) => {
    const first = passage('priority-1');
    await page.goto(first.path);
    await expect(page.locator('h1')).toHaveText('第一');
    if (first.data.note) await expect(page.locator('main .note')).toContainText(first.data.note);
    await expect(page.locator('.toc-sidebar a[aria-current="page"]')).toContainText('原文缺标题');
  });
});

test.describe('site pages', () => {
  test('/: the title, what this is, and the table of contents', async ({ page }) => {
    await page.goto('');
    await expect(page.locator('h1')).toHaveText(speech.title);
    const toc = page.locator('main nav.toc');
    for (const p of passages) await expect(toc.locator('a', { hasText: p.data.title ?? headingOf(p) })).toHaveCount(1);
    await expect(toc.locator('a', { hasText: '全文' })).toHaveCount(1);
    await expect(toc.locator('a', { hasText: '关于本文' })).toHaveCount(1);
  });

  test('/full/: every passage in reading order, each section at its anchor', async ({ page }) => {
    await page.goto('full/');
    await expect(page.locator('h1')).toHaveText(speech.title);
    const ids = await page.locator('main section.passage').evaluateAll((sections) => sections.map((s) => s.id));
    expect(ids).toEqual(passages.map((p) => p.anchor));
    for (const p of passages) {
      const section = page.locator(`section#${p.anchor}`);
      await expect(section.locator('h2')).toHaveText(headingOf(p));
      await expect(section.locator('h2')).toHaveAttribute('id', /.+/);
      for (const paragraph of p.paragraphs) await expect(section.locator('p', { hasText: paragraph })).toHaveCount(1);
    }
  });

  test('/about/: what was reconstructed, from content/speech.json', async ({ page }) => {
    await page.goto('about/');
    const main = page.locator('main');
    await expect(main).toContainText(speech.title);
    for (const removed of speech.removed) await expect(main).toContainText(`原稿第 ${removed.line} 行`);
    for (const joined of speech.joined) await expect(main).toContainText(`原稿第 ${joined.lines.join('、')} 行`);
    await expect(main.locator('li', { hasText: '缺少开头' })).toHaveCount(speech.missing.filter((m) => m.what === 'opening').length);
    await expect(main.locator('a', { hasText: /priorities\/5\/$/ })).toHaveCount(1);
  });

  test('404: in Chinese, with the table of contents', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('找不到这个页面');
    await page.locator('main nav.toc a', { hasText: passage('priority-5').data.title ?? '' }).click();
    await expect(page.locator('h1')).toHaveText(headingOf(passage('priority-5')));
  });
});

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

  for (const path of readingPages) {
    test(`/${path}: reads, and no control is left that needs JavaScript`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('main')).not.toBeEmpty();
      await expect(page.getByRole('button', { name: /复制/ })).toHaveCount(0);
    });
  }

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
  for (const width of [320, 390]) {
    test.describe(`${width}px`, () => {
      test.use({ viewport: { width, height: 640 }, hasTouch: true, isMobile: true });
      test('no page scrolls sideways, also with the menu open', async ({ page }) => {
        for (const path of [...readingPages, 'full/#priority-5', 'search/']) {
          await page.goto(path);
          await expectNoHorizontalScroll(page, `/${path}`);
          const menu = page.locator('.toc-menu summary');
          if (await menu.count()) {
            await menu.click();
            await expectNoHorizontalScroll(page, `/${path} with 目录 open`);
          }
        }
      });
    });
  }
});
