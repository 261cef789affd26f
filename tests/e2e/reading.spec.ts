import { expect, test } from '@playwright/test';
import { encodeTerm } from '../../src/browser/text-fragment';
import {
  clipboardText,
  expectNoHorizontalScroll,
  headingOf,
  openScrolledTo,
  passage,
  passages,
  pauseTimers,
  selectText,
} from './reading-helpers';

/**
 * Reading the site in a browser: landing on a section, navigating without JavaScript, copy and
 * quote links, phone widths. What the pages contain is read from the built HTML
 * (tests/build/reading.test.ts).
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

test.describe('copy link and quote link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  // 已复制 shows for two seconds, then clears: on a loaded machine the assertions after a copy
  // can take longer than that. The page's timers stand still until a test moves time on.
  test.beforeEach(({ page }) => pauseTimers(page));

  test('复制链接 on a section page copies its absolute URL and says 已复制, briefly', async ({ page, baseURL }) => {
    await page.goto('priorities/5/');
    const button = page.locator('main button.copy-link');
    await expect(button).toHaveAccessibleName('复制链接');
    await button.click();
    await expect(button).toHaveText('已复制');
    await expect(page.getByRole('status')).toHaveText('已复制');
    await expect.poll(() => clipboardText(page)).toBe(new URL('priorities/5/', baseURL).href);
    await page.clock.runFor(5_000);
    await expect(button).toHaveText('复制链接');
    await expect(page.getByRole('status')).toHaveText('');
  });

  test('复制链接 on /full/ copies the section’s #priority-N URL', async ({ page, baseURL }) => {
    await page.goto('full/');
    await page.locator('section#priority-5').getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => clipboardText(page)).toBe(new URL('full/#priority-5', baseURL).href);
    await page.locator('section#han-zheng').getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => clipboardText(page)).toBe(new URL('full/#han-zheng', baseURL).href);
  });

  test('复制引用链接: keyboard-reachable, copies a text fragment that opens scrolled to the quote', async ({ page, browser, baseURL }) => {
    const quote = '长江禁渔是为全局计、为子孙谋的重要决策。';
    await page.goto('priorities/6/');
    const button = page.getByRole('button', { name: '复制引用链接' });
    await expect(button).toBeHidden();
    await selectText(page, 'main .passage-body', quote);
    await expect(button).toBeVisible();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(quote);
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    const url = new URL(`priorities/6/#:~:text=${encodeTerm(quote)}`, baseURL).href;
    await expect.poll(() => clipboardText(page)).toBe(url);
    await expect(page.getByRole('status')).toHaveText('已复制');

    const { reader } = await openScrolledTo(browser, url, quote);
    await reader.close();
  });

  test('a selection inside a word is widened to whole words, so the link still finds it', async ({ page, browser, baseURL }) => {
    await page.goto('full/');
    await selectText(page, 'section#priority-6 .passage-body', '江禁渔是为全局计');
    await page.getByRole('button', { name: '复制引用链接' }).click();
    await expect(page.getByRole('status')).toHaveText('已复制');
    const copied = await clipboardText(page);
    expect(copied.startsWith(new URL('full/#priority-6:~:text=', baseURL).href)).toBe(true);
    const term = decodeURIComponent(copied.split(':~:text=')[1] ?? '');
    expect(term).toContain('江禁渔是为全局计');
    expect(term.length).toBeGreaterThan('江禁渔是为全局计'.length);

    const { reader } = await openScrolledTo(browser, copied, term);
    // Scrolled to the quote, not merely to the section's top.
    const sectionTop = await reader.locator('section#priority-6').evaluate((s) => s.getBoundingClientRect().top);
    expect(sectionTop).toBeLessThan(0);
    await reader.close();
  });

  test('a long quote is linked by its start and end', async ({ page, browser, baseURL }) => {
    const p6 = passage('priority-6').text;
    const from = p6.indexOf('要把保护修复');
    const to = p6.indexOf('作出示范。') + '作出示范。'.length;
    await page.goto('priorities/6/');
    await selectText(page, 'main .passage-body', '要把保护修复', to - from);
    await page.getByRole('button', { name: '复制引用链接' }).click();
    await expect(page.getByRole('status')).toHaveText('已复制');
    const copied = await clipboardText(page);
    expect(copied.startsWith(new URL('priorities/6/#:~:text=', baseURL).href)).toBe(true);
    const [start, end] = (copied.split(':~:text=')[1] ?? '').split(',').map(decodeURIComponent);
    expect(p6.slice(from).startsWith(start ?? '?')).toBe(true);
    expect(p6.slice(0, to).endsWith(end ?? '?')).toBe(true);

    const { reader } = await openScrolledTo(browser, copied, start ?? '');
    await reader.close();
  });

  test('a quote that also occurs earlier on the page opens at the selected occurrence', async ({ page, browser, baseURL }) => {
    const p6 = passage('priority-6').text;
    const quote = '生态环境';
    // The second 生态环境 in 第六, in "…长三角地区生态环境共保联治…".
    const second = '生态环境共保';
    expect(p6.indexOf(quote)).toBeLessThan(p6.indexOf(second));
    await page.goto('priorities/6/');
    await selectText(page, 'main .passage-body', second, quote.length);
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(quote);
    await page.getByRole('button', { name: '复制引用链接' }).click();
    await expect(page.getByRole('status')).toHaveText('已复制');
    const copied = await clipboardText(page);
    expect(copied).toBe(new URL(`priorities/6/#:~:text=${encodeTerm('地区')}-,${encodeTerm(quote)}`, baseURL).href);

    const { reader, position: target } = await openScrolledTo(browser, copied, second);
    await reader.close();

    // The quote alone opens at its first occurrence, higher up: the prefix scrolled further down.
    const { reader: plain, position: first } = await openScrolledTo(
      browser,
      new URL(`priorities/6/#:~:text=${encodeTerm(quote)}`, baseURL).href,
      `长江${quote}`,
    );
    expect(target.scrollY).toBeGreaterThan(first.scrollY);
    await plain.close();
  });

  test('the quote button only offers itself for text inside a passage', async ({ page }) => {
    await page.goto('priorities/6/');
    await selectText(page, '.toc-sidebar', '第一至第七');
    await expect(page.getByRole('button', { name: '复制引用链接' })).toBeHidden();
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

  // The pages with a table of contents beside the text, which phones show as a 目录 menu.
  for (const path of [...passages.map((p) => p.path), 'full/', 'about/']) {
    test(`/${path} does not scroll sideways at ${widths.join(' or ')} px, also with the 目录 menu open`, async ({ page }) => {
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
    });
  }

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
