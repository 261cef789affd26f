import { expect, test } from './support/fixtures';
import { dialogSelectors, FIRST_SEARCH_BUDGET_BYTES, recordResponses, waitForResultsOf } from '../../scripts/audit/search-weight';
import { axeViolationsInBothSchemes } from './support/axe';
import { editionLang } from '../../src/lib/traditional';
import { toTraditional } from '../../src/lib/traditional-script';
import { loadCorpus, sectionContains } from '../support/search-corpus';

/**
 * The two editions in a browser: the 简/繁 switch (with and without JavaScript), search across
 * scripts from either edition, arrival highlights in the page's script, the first search's
 * weight and accessibility on traditional pages.
 */
const corpus = loadCorpus();
const TWIN = 'zh-hant/';

test.describe('the 简/繁 switch', () => {
  test('keeps the section and its anchor, both ways', async ({ page, baseURL }) => {
    await page.goto('full/#priority-5');
    await page.getByRole('link', { name: '繁體' }).click();
    await expect(page).toHaveURL(new URL(`${TWIN}full/#priority-5`, baseURL).href);
    await expect(page.locator('html')).toHaveAttribute('lang', editionLang.traditional);
    await expect(page.locator('section#priority-5 h2')).toBeInViewport();
    await expect(page.locator('section#priority-5 h2')).toHaveText(toTraditional('第五 推动浦东高水平改革开放'));
    await page.goto(`${TWIN}search/?q=${encodeURIComponent('長三角')}`);
    await page.getByRole('link', { name: '简体' }).click();
    await expect(page).toHaveURL(new URL(`search/?q=${encodeURIComponent('長三角')}`, baseURL).href);
    await expect(page.locator('#search-page-input')).toHaveValue('長三角');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('is a plain link to the same page in the other script', async ({ page, baseURL }) => {
      await page.goto('priorities/5/');
      await page.getByRole('link', { name: '繁體' }).click();
      await expect(page).toHaveURL(new URL(`${TWIN}priorities/5/`, baseURL).href);
      await expect(page.locator('h1')).toHaveText(toTraditional('第五 推动浦东高水平改革开放'));
      await page.getByRole('link', { name: '简体' }).click();
      await expect(page).toHaveURL(new URL('priorities/5/', baseURL).href);
    });
  });
});

test.describe('search across scripts', () => {
  const query = '长三角';
  const expected = corpus.filter((section) => sectionContains(section, query));

  test('a simplified query on a traditional page lists traditional pages, marked in traditional script', async ({ page, baseURL }) => {
    await page.goto(`${TWIN}priorities/2/`);
    await page.keyboard.press('/');
    await page.locator(dialogSelectors.input).fill(query);
    await waitForResultsOf(page, query);
    const links = page.locator(dialogSelectors.results);
    await expect(links).toHaveCount(expected.length);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.sort()).toEqual(expected.map((s) => new URL(`${TWIN}${s.path}`, baseURL).pathname).sort());
    await expect(links.first().locator('mark').first()).toHaveText(toTraditional(query));
    await expect(page.locator(dialogSelectors.status)).toHaveText(toTraditional(`找到 ${expected.length} 个段落`));

    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`${TWIN}.+\\?highlight=`));
    await expect(page.locator('mark[data-highlight]').first()).toHaveText(toTraditional(query));
    await expect(page.locator('mark[data-highlight]').first()).toBeInViewport();
  });

  test('a traditional query on a simplified page finds the simplified text', async ({ page, baseURL }) => {
    const traditional = toTraditional(query);
    await page.goto(`search/?q=${encodeURIComponent(traditional)}`);
    await waitForResultsOf(page, traditional, '#search-page');
    const links = page.locator('#search-page [data-testid="search-results"] a');
    await expect(links).toHaveCount(expected.length);
    expect(new URL((await links.first().getAttribute('href')) ?? '', baseURL).pathname.startsWith(new URL(TWIN, baseURL).pathname)).toBe(false);
    await expect(links.first().locator('mark').first()).toHaveText(query);
  });

  test(`the first search on a traditional page fetches under ${FIRST_SEARCH_BUDGET_BYTES / 1024} KB gzip, the fold table included`, async ({ page }) => {
    await page.goto(`${TWIN}priorities/5/`);
    const recording = recordResponses(page);
    await page.keyboard.press('/');
    await page.locator(dialogSelectors.input).fill('長江');
    await waitForResultsOf(page, '長江');
    const fetched = await recording.stop();
    expect(fetched.some((file) => file.url.endsWith('/search/fold.json'))).toBe(true);
    expect(fetched.some((file) => file.url.includes('/pagefind/'))).toBe(true);
    expect(fetched.reduce((sum, file) => sum + file.bytesGzip, 0)).toBeLessThan(FIRST_SEARCH_BUDGET_BYTES);
  });
});

test('traditional pages have no axe violations, in the light and the dark scheme', async ({ page }) => {
  for (const path of ['', 'priorities/5/', 'full/', 'about/', `search/?q=${encodeURIComponent('長三角')}`]) {
    await page.goto(TWIN + path);
    if (path.startsWith('search/')) await waitForResultsOf(page, '長三角', '#search-page');
    const violations = await axeViolationsInBothSchemes(page);
    expect(violations, `axe violations on ${TWIN}${decodeURIComponent(path)}:\n${violations.join('\n')}`).toEqual([]);
  }
});

test.describe('misses', () => {
  // Requests, not pages: the server's answer is what is tested (scripts/preview-server.ts).
  test('under /zh-hant/ (any case) get the traditional 404 page; others the simplified one', async ({ request }) => {
    for (const [path, lang] of [
      [`${TWIN}priorities/9/`, editionLang.traditional],
      [`${TWIN}priorities/9`, editionLang.traditional],
      ['ZH-HANT/', editionLang.traditional],
      ['priorities/9/', editionLang.simplified],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain(`<html lang="${lang}">`);
    }
  });
});

test('?highlight= marks the query on the traditional full text, in its script', async ({ page }) => {
  await page.goto(`${TWIN}full/?highlight=${encodeURIComponent('浦东')}`);
  await expect(page.locator('main mark').first()).toHaveText(toTraditional('浦东'));
  await expect(page.locator('main mark').first()).toBeInViewport();
});
