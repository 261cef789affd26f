import { QUERY_MAX_LENGTH } from '../../src/search/section';
import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { searchUi } from '../../src/i18n/ui';
import { ELLIPSIS } from '../../src/lib/punctuation';
import { QUERY_SHOWN } from '../../src/search/render';
import { fill } from '../../src/search/strings';
import { contrastRatio } from './support/contrast';
import { measureLines } from './support/lines';

/** Page polish (issue 8): spacing, links in Chinese sentences, highlight colours, :target, the / hint, long queries. */

const phone = { width: 390, height: 700 };
const desktop = { width: 1280, height: 800 };

/** Vertical space between the bottom of `upper` and the top of `lower`. */
async function gap(page: Page, upper: string, lower: string): Promise<number> {
  const [a, b] = await Promise.all([page.locator(upper).first().boundingBox(), page.locator(lower).first().boundingBox()]);
  if (!a || !b) throw new Error(`${upper} or ${lower} is not laid out`);
  return b.y - (a.y + a.height);
}

test('titles stand apart from what follows them: /full/ and /search/, phone and desktop', async ({ page }) => {
  for (const [path, title, next] of [
    ['full/', 'main > .heading-h1', 'main section.passage'],
    ['search/', '#search-page h1', '#search-page-form'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator(next).first()).toBeVisible();
    for (const viewport of [phone, desktop]) {
      await page.setViewportSize(viewport);
      expect(await gap(page, title, next), `/${path} at ${viewport.width}px: ${title} → ${next}`).toBeGreaterThanOrEqual(16);
    }
  }
});

test('/about/: no gap between a link and the punctuation after it, no line starts with a closing mark (320, 390 px)', async ({ page }) => {
  await page.goto('about/');
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    const gaps = await page.locator('main li > a').evaluateAll((links) =>
      links.flatMap((link) => {
        const next = link.nextSibling;
        if (!(next instanceof Text) || !/^\s*[。，：、；]/u.test(next.data)) return [];
        const range = document.createRange();
        const at = next.data.search(/\S/u);
        range.setStart(next, at);
        range.setEnd(next, at + 1);
        const mark = range.getBoundingClientRect();
        const end = [...link.getClientRects()].at(-1);
        // On the same line, the mark follows the link directly.
        return end && Math.abs(mark.top - end.top) < end.height / 2 ? [`${link.textContent}${next.data.trim().charAt(0)}: ${Math.round(mark.left - end.right)}px`] : [];
      }),
    );
    expect(gaps.length, `${width}px: links followed by punctuation on the same line`).toBeGreaterThan(0);
    expect(gaps.filter((g) => !g.endsWith(': 0px')), `${width}px: space between a link and the mark after it`).toEqual([]);

    const lines = await measureLines(page, ['main li', 'main p']);
    const closing = lines.flatMap(({ text, breaks }) => breaks.filter((at) => /[。，：、；）”]/u.test(text.charAt(at))).map((at) => text.slice(at, at + 10)));
    expect(closing, `${width}px: lines that start with a closing mark`).toEqual([]);
  }
});

test.describe('highlight colours', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(colorScheme, () => {
      test.use({ colorScheme });

      test('search marks, arrival marks and ::target-text use the site’s highlight, readable (≥ 4.5:1)', async ({ page }) => {
        const colours = async (selector: string, pseudo?: string) =>
          page.locator(selector).first().evaluate((element, pseudoElement) => {
            const probe = document.createElement('span');
            probe.style.background = 'var(--color-mark)';
            document.body.append(probe);
            const site = getComputedStyle(probe).backgroundColor;
            probe.remove();
            const style = getComputedStyle(element, pseudoElement);
            return { background: style.backgroundColor, color: style.color, site };
          }, pseudo);

        await page.goto(`search/?q=${encodeURIComponent('生态环境')}`);
        const search = await colours('#search-page-results mark');
        await page.goto(`priorities/6/?highlight=${encodeURIComponent('生态环境')}#:~:text=${encodeURIComponent('长江禁渔')}`);
        const arrival = await colours('main mark');
        const targetText = await colours('main .passage-body p', '::target-text');

        for (const [what, { background, color, site }] of Object.entries({ search, arrival, targetText })) {
          expect(background, `${what}: the site's --color-mark`).toBe(site);
          expect(background, `${what}: not the browser's yellow`).not.toBe('rgb(255, 255, 0)');
          expect(contrastRatio(color, background), `${what}: contrast of ${color} on ${background}`).toBeGreaterThanOrEqual(4.5);
        }
      });
    });
  }
});

test('/full/#priority-N: the marked section keeps its text width, so nothing re-wraps (phone, desktop)', async ({ page }) => {
  await page.goto('full/');
  const section = page.locator('section#priority-5');
  const measure = () => section.locator('.passage-body').evaluate((body) => ({ width: body.clientWidth, height: body.clientHeight }));
  for (const viewport of [phone, desktop]) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => (location.hash = ''));
    await expect(section).toHaveCSS('border-left-width', '0px');
    const before = await measure();
    await page.evaluate(() => (location.hash = 'priority-5'));
    await expect(section).toHaveCSS('border-left-width', '4px');
    expect(await measure(), `${viewport.width}px`).toEqual(before);
  }
});

test.describe('the / shortcut hint', () => {
  const hint = (page: Page) => page.locator('a.search-button kbd');

  test('shows where the shortcut works: with JavaScript, with a mouse', async ({ page }) => {
    await page.goto('priorities/5/');
    await expect(hint(page)).toBeVisible();
    await expect(page.locator('a.search-button')).toHaveAttribute('aria-keyshortcuts', /\//);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('is hidden, and no shortcut is announced', async ({ page }) => {
      await page.goto('priorities/5/');
      await expect(page.locator('a.search-button')).toBeVisible();
      await expect(hint(page)).toBeHidden();
      await expect(page.locator('a.search-button')).not.toHaveAttribute('aria-keyshortcuts');
    });
  });

  test.describe('on a touch screen', () => {
    test.use({ viewport: phone, hasTouch: true, isMobile: true });
    test('is hidden', async ({ page }) => {
      await page.goto('priorities/5/');
      await expect(page.locator('a.search-button')).toHaveAttribute('aria-keyshortcuts', /\//);
      await expect(hint(page)).toBeHidden();
    });
  });
});

test('a long query is shown shortened in the status line, and cut to what the input takes', async ({ page }) => {
  const query = '京津冀'.repeat(167);
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-page-input')).toHaveValue(query.slice(0, QUERY_MAX_LENGTH));
  await expect(page.locator('#search-page-status')).toHaveText(
    fill(searchUi.client.notFound, { query: query.slice(0, QUERY_SHOWN) + ELLIPSIS }) + fill(searchUi.client.tooLong, { max: QUERY_MAX_LENGTH }),
  );
});
