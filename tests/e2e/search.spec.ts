import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { countOccurrences, loadCorpus, sectionContains, type CorpusSection } from './support/search-corpus';
import {
  FIRST_SEARCH_BUDGET_BYTES,
  dialogSelectors,
  measureFirstSearch,
  measureNextSearch,
  recordResponses,
  waitForResultsOf,
} from '../../scripts/audit/search-weight';

const corpus = loadCorpus();
const byId = (id: string): CorpusSection => {
  const section = corpus.find((s) => s.id === id);
  if (!section) throw new Error(`no passage ${id}`);
  return section;
};

/** Query → the section that must come first. Every section appears at least once. */
const PRESENT: readonly [query: string, first: string][] = [
  ['释放有效投资需求', 'priority-1'],
  ['集成电路', 'priority-2'],
  ['人工智能', 'priority-2'],
  ['是用来住', 'priority-3'],
  ['用来', 'priority-3'],
  ['毫不动摇', 'priority-3'],
  ['千城一面', 'priority-3'],
  ['跟上', 'priority-4'],
  ['海纳百川', 'priority-4'],
  ['因地制宜、分类指导', 'priority-4'],
  ['先行先试', 'priority-5'],
  ['浦东', 'priority-5'],
  ['临港新片区', 'priority-5'],
  ['３０周年', 'priority-5'],
  ['先行先试 、 积极探索', 'priority-5'],
  ['浦东 金融中心', 'priority-5'],
  ['生态环境', 'priority-6'],
  ['长江经济带的龙头', 'priority-6'],
  ['务求禁渔工作取得扎实成效', 'priority-6'],
  ['同城待遇', 'priority-7'],
  ['一卡通', 'priority-7'],
  ['能者上', 'xi-jinping-stresses'],
  ['要注重在非公有制', 'xi-jinping-stresses'],
  ['只争朝夕', 'xi-jinping-points-out'],
  ['历史耐心', 'xi-jinping-points-out'],
  ['技术创新和产业创新', 'han-zheng'],
  ['六稳', 'han-zheng'],
  ['丁薛祥', 'attendance'],
  ['参加座谈会', 'attendance'],
];

/** Queries the speech never contains, though it shares words or characters with each. */
const ABSENT = ['京津冀', '大湾区', '浦东机场', '生态环境保护', '用来炒房', '浦东 京津冀'];

async function searchPage(page: Page, query: string): Promise<void> {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await waitForResultsOf(page, query, '#search-page');
}

const PAGE_STATUS = '#search-page-status';
const resultLinks = (page: Page, scope = '#search-page') => page.locator(`${scope} [data-testid="search-results"] a`);

/** The result links' paths relative to the site's base, e.g. "priorities/5/". */
async function resultPaths(page: Page, scope?: string): Promise<string[]> {
  const base = new URL(test.info().project.use.baseURL ?? '/').pathname;
  const hrefs = await resultLinks(page, scope).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((href) => {
    const { pathname } = new URL(href);
    expect(pathname.startsWith(base), `${href} is under ${base}`).toBe(true);
    return pathname.slice(base.length);
  });
}

test('the index holds exactly the section pages, in reading order, each with its label', async ({ page }) => {
  await page.goto('search/');
  const base = new URL(test.info().project.use.baseURL ?? '/').pathname;
  const indexed = await page.evaluate(async (root) => {
    type Fragment = { url: string; meta: Record<string, string> };
    const pagefind = await import(/* @vite-ignore */ `${root}pagefind/pagefind.js`);
    await pagefind.options({ noWorker: true });
    const { results } = await pagefind.search(null, { sort: { order: 'asc' } });
    const fragments: Fragment[] = await Promise.all(results.map((r: { data(): Promise<Fragment> }) => r.data()));
    return fragments.map((f) => ({ url: f.url, section: f.meta['section'] }));
  }, base);
  expect(indexed).toEqual(corpus.map((s) => ({ url: base + s.path, section: s.label })));
});

test.describe('query set on /search/', () => {
  test('covers every section, 2 to 12 characters', () => {
    expect(PRESENT.length + ABSENT.length).toBeGreaterThanOrEqual(25);
    expect(new Set(PRESENT.map(([, id]) => id))).toEqual(new Set(corpus.map((s) => s.id)));
    for (const [query] of PRESENT) expect(query.replaceAll(' ', '').length).toBeGreaterThanOrEqual(2);
    for (const [query] of PRESENT) expect(query.replaceAll(' ', '').length).toBeLessThanOrEqual(12);
  });

  for (const [query, first] of PRESENT) {
    test(`“${query}” lists exactly the sections containing it, ${first} first`, async ({ page }) => {
      const expected = corpus.filter((section) => sectionContains(section, query));
      expect(expected.map((s) => s.id), 'the query set itself is right').toContain(first);
      await searchPage(page, query);
      const paths = await resultPaths(page);
      expect(paths[0]).toBe(byId(first).path);
      expect([...paths].sort()).toEqual(expected.map((s) => s.path).sort());
      await expect(page.locator(PAGE_STATUS)).toHaveText(`找到 ${expected.length} 个段落`);
      const firstResult = resultLinks(page).first();
      await expect(firstResult.locator('.search-result-label')).toHaveText(byId(first).label);
      const marks = await firstResult.locator('mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      const terms = query.normalize('NFKC').replace(/\s*(\p{P})\s*/gu, '$1').split(/\s+/).filter(Boolean);
      for (const mark of marks) expect(terms).toContain(mark.normalize('NFKC').replaceAll(' ', ''));
    });
  }

  for (const query of ABSENT) {
    test(`“${query}” is not found and lists nothing`, async ({ page }) => {
      expect(corpus.filter((section) => sectionContains(section, query))).toEqual([]);
      await searchPage(page, query);
      await expect(page.locator(PAGE_STATUS)).toHaveText(`未找到“${query}”`);
      await expect(resultLinks(page)).toHaveCount(0);
    });
  }

  test('ranks by occurrences: 生态环境 three times in priority 6 before once in 韩正', async ({ page }) => {
    expect(countOccurrences(byId('priority-6'), '生态环境')).toBeGreaterThan(countOccurrences(byId('han-zheng'), '生态环境'));
    await searchPage(page, '生态环境');
    expect(await resultPaths(page)).toEqual([byId('priority-6').path, byId('han-zheng').path]);
    await expect(resultLinks(page).first().locator('.search-result-count')).toHaveText(
      `出现 ${countOccurrences(byId('priority-6'), '生态环境')} 次`,
    );
  });

  test('result links never point at the home or full-text page', async ({ page }) => {
    await searchPage(page, '长三角');
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThan(3);
    for (const path of paths) expect(path).toMatch(/^(priorities\/\d|passages\/[a-z-]+)\/$/);
  });
});

/** Opens `path`, opens the dialog with `/` and searches `query` in it; returns the input. */
async function searchInDialog(page: Page, query: string, path = 'priorities/2/') {
  await page.goto(path);
  await page.keyboard.press('/');
  const input = page.locator(dialogSelectors.input);
  await input.fill(query);
  await waitForResultsOf(page, query);
  return input;
}

test.describe('search dialog', () => {
  test('nothing of search loads with a page; the header button opens the dialog', async ({ page }) => {
    const recording = recordResponses(page);
    await page.goto('priorities/5/', { waitUntil: 'networkidle' });
    const onLoad = await recording.stop();
    expect(onLoad.map((r) => r.url).filter((url) => /pagefind|dialog|highlight/.test(url))).toEqual([]);
    await page.getByRole('link', { name: '搜索' }).click();
    await expect(page.locator(dialogSelectors.dialog)).toBeVisible();
    await expect(page.getByRole('dialog', { name: '搜索讲话全文' })).toBeVisible();
    await expect(page.locator(dialogSelectors.input)).toBeFocused();
  });

  test('the on-load loader script is at most 0.5 KB gzip', async ({ page, request }) => {
    await page.goto('priorities/5/');
    const html = await (await request.get(page.url())).text();
    const loader = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1] ?? '')
      .filter((code) => code.includes('a.search-button'));
    expect(loader).toHaveLength(1);
    expect(gzipSync(loader[0] ?? '', { level: 9 }).length).toBeLessThanOrEqual(512);
  });

  test('opens with / and with Ctrl+K and ⌘+K, closes with Esc, not while typing in an input', async ({ page }) => {
    await page.goto('priorities/3/');
    const dialog = page.locator(dialogSelectors.dialog);
    await page.keyboard.press('/');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
    // Typing "/" in the search input types it.
    await page.keyboard.type('a/b');
    await expect(page.locator(dialogSelectors.input)).toHaveValue('a/b');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('Meta+k');
    await expect(dialog).toBeVisible();
  });

  test('arrow keys move through results and Enter opens one', async ({ page }) => {
    await searchInDialog(page, '生态环境');
    const links = page.locator(dialogSelectors.results);
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator(dialogSelectors.input)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${byId('han-zheng').path}\\?highlight=`));
  });

  test('Enter in the input opens the first result', async ({ page }) => {
    await searchInDialog(page, '同城待遇');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${byId('priority-7').path}\\?highlight=`));
  });

  test('IME composition (a real Chromium composition): Enter and Esc do nothing, half-typed pinyin is not searched', async ({
    page,
  }) => {
    const input = await searchInDialog(page, '浦东');
    const url = page.url();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'jichang', selectionStart: 7, selectionEnd: 7 });
    await expect(input).toHaveValue('浦东jichang');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(url);
    await expect(page.locator(dialogSelectors.dialog)).toBeVisible();
    await expect(page.locator(dialogSelectors.status)).toHaveText(/^找到/);
    // Committing the composition searches what was composed.
    await cdp.send('Input.insertText', { text: '机场' });
    await expect(input).toHaveValue('浦东机场');
    await expect(page.locator(dialogSelectors.status)).toHaveText('未找到“浦东机场”');
    await page.keyboard.press('Escape');
    await expect(page.locator(dialogSelectors.dialog)).toBeHidden();
  });

  test('IME composition (synthetic events, as Chrome and Safari order them): Enter and Esc do nothing', async ({ page }) => {
    const input = await searchInDialog(page, '浦东');
    const url = page.url();
    const cancelled = await input.evaluate((element) => {
      const key = (k: string, init: KeyboardEventInit) =>
        !element.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));
      element.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
      const chrome = { enter: key('Enter', { isComposing: true, keyCode: 229 }), escape: key('Escape', { isComposing: true }) };
      element.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
      // Safari: the committing Enter comes after compositionend, marked only by keyCode 229.
      const safari = { enter: key('Enter', { keyCode: 229 }) };
      return { chrome, safari };
    });
    // Esc is cancelled so the dialog cannot take it as "close"; Enter is left to the IME.
    expect(cancelled).toEqual({ chrome: { enter: false, escape: true }, safari: { enter: false } });
    await page.waitForTimeout(300);
    expect(page.url()).toBe(url);
    await expect(page.locator(dialogSelectors.dialog)).toBeVisible();
  });
});

test.describe('arriving from a result', () => {
  test('marks every occurrence as a whole phrase and scrolls the first into view', async ({ page }) => {
    const section = byId('priority-6');
    const phrase = '生态环境';
    await page.goto('search/?q=' + encodeURIComponent(phrase));
    await waitForResultsOf(page, phrase, '#search-page');
    await resultLinks(page).first().click();
    await expect(page).toHaveURL(new RegExp(`${section.path}\\?highlight=`));
    const marks = page.locator('[data-pagefind-body] mark[data-highlight]');
    await expect(marks.first()).toBeVisible();
    const groups = await marks.evaluateAll((elements) => {
      const byOccurrence = new Map<string, string>();
      for (const mark of elements) {
        const key = (mark as HTMLElement).dataset['highlight'] ?? '';
        byOccurrence.set(key, (byOccurrence.get(key) ?? '') + mark.textContent);
      }
      return [...byOccurrence.values()];
    });
    expect(groups).toEqual(Array(countOccurrences(section, phrase)).fill(phrase));
    await expect(marks.first()).toBeInViewport();
  });

  test('a long phrase far down the page is marked whole and scrolled to', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 500 });
    const phrase = '务求禁渔工作取得扎实成效';
    await page.goto(`${byId('priority-6').path}?highlight=${encodeURIComponent(phrase)}`);
    const marks = page.locator('mark[data-highlight]');
    await expect(marks).toHaveCount(1);
    await expect(marks).toHaveText(phrase);
    await expect(marks).toBeInViewport();
  });

  test('a phrase split across elements is marked as one occurrence, the markup kept', async ({ page }) => {
    // Serve priority 5 with the phrase split over three text nodes: 先行<em>先</em>试.
    await page.route('**/priorities/5/?highlight=*', async (route) => {
      const response = await route.fetch();
      const [head = '', body = ''] = (await response.text()).split('<body');
      const html = `${head}<body${body.replaceAll('先行先试', '先行<em>先</em>试')}`;
      await route.fulfill({ response, body: html });
    });
    await page.goto(`priorities/5/?highlight=${encodeURIComponent('先行先试')}`);
    const marks = page.locator('mark[data-highlight="0"]');
    await expect(marks).toHaveText(['先行', '先', '试']);
    await expect(page.locator('em mark')).toHaveText('先');
    await expect(page.locator('mark[data-highlight]')).toHaveCount(3);
  });

  test('section pages without the parameter load no highlighter', async ({ page }) => {
    const recording = recordResponses(page);
    await page.goto(byId('priority-6').path, { waitUntil: 'networkidle' });
    expect((await recording.stop()).filter((r) => r.url.includes('highlight'))).toEqual([]);
    await expect(page.locator('mark[data-highlight]')).toHaveCount(0);
  });
});

test.describe('/search/ page', () => {
  test('keeps the URL in step while typing; back and forward restore query and results', async ({ page }) => {
    await searchPage(page, '浦东');
    const input = page.locator('#search-page-input');
    await expect(input).toHaveValue('浦东');
    await input.fill('生态环境');
    await waitForResultsOf(page, '生态环境', '#search-page');
    expect(new URL(page.url()).searchParams.get('q')).toBe('生态环境');
    await input.press('Enter');
    await input.fill('京津冀');
    await waitForResultsOf(page, '京津冀', '#search-page');
    await input.press('Enter');

    await page.goBack();
    await expect(input).toHaveValue('生态环境');
    expect(new URL(page.url()).searchParams.get('q')).toBe('生态环境');
    await waitForResultsOf(page, '生态环境', '#search-page');
    await page.goBack();
    await expect(input).toHaveValue('浦东');
    await waitForResultsOf(page, '浦东', '#search-page');
    await page.goForward();
    await expect(input).toHaveValue('生态环境');
    await waitForResultsOf(page, '生态环境', '#search-page');
    await page.goForward();
    await expect(input).toHaveValue('京津冀');
    await expect(page.locator(PAGE_STATUS)).toHaveText('未找到“京津冀”');
  });

  test('a query with HTML is shown as text and runs nothing', async ({ page }) => {
    const query = '<img src=x onerror=alert(1)>';
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await searchPage(page, query);
    await expect(page.locator(PAGE_STATUS)).toHaveText(`未找到“${query}”`);
    await page.goto('priorities/5/');
    await page.keyboard.press('/');
    await page.locator(dialogSelectors.input).fill(query);
    await expect(page.locator(dialogSelectors.status)).toHaveText(`未找到“${query}”`);
    await page.goto(`priorities/5/?highlight=${encodeURIComponent(query)}`);
    await page.waitForTimeout(300);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('without JavaScript it says search needs it and links to the full text', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
    const page = await context.newPage();
    await page.goto('search/?q=浦东');
    await expect(page.getByText('搜索需要 JavaScript')).toBeVisible();
    const full = page.getByRole('link', { name: '全文', exact: true }).last();
    await expect(full).toHaveAttribute('href', /\/full\/$/);
    await expect(page.locator('#search-page-input')).toBeHidden();
    await context.close();
  });

  test('says plainly when the index cannot be loaded, and links to the full text', async ({ page }) => {
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto('search/?q=浦东');
    await expect(page.locator(PAGE_STATUS)).toContainText('搜索暂时无法使用');
    await expect(page.locator(PAGE_STATUS).getByRole('link', { name: '全文' })).toHaveAttribute('href', /\/full\/$/);
  });
});

test('the search page with results and the open dialog have no axe violations', async ({ page }) => {
  await searchPage(page, '生态环境');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await searchInDialog(page, '先行先试');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test.describe('weight', () => {
  test(`first search fetches under ${FIRST_SEARCH_BUDGET_BYTES / 1024} KB gzip; a second only what is new`, async ({ page }) => {
    const first = await measureFirstSearch(page);
    console.log(`first search: ${first.requests.length} requests, ${first.transferredBytesGzip} B gzip, ${first.ms} ms`);
    expect(first.requests.some((r) => r.url.includes('/pagefind/'))).toBe(true);
    expect(first.transferredBytesGzip).toBeLessThan(FIRST_SEARCH_BUDGET_BYTES);
    const second = await measureNextSearch(page, '长江经济带的龙头');
    const fetchedBefore = new Set(first.requests.map((r) => r.url));
    expect(second.requests.filter((r) => fetchedBefore.has(r.url))).toEqual([]);
    await expect(page.locator(dialogSelectors.results).first()).toHaveAttribute('href', /priorities\/6\//);
  });
});
