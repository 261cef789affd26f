import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { slug } from 'github-slugger';
import { sectionHeading, sectionLabel } from '../../src/lib/labels';
import { toTraditional } from '../../src/lib/traditional-script';
import { passage, passages, speech } from './reading-helpers';
import type { ContentPassage } from '../support/content';
import {
  ARRIVAL_POLL,
  clipboardText,
  copyEach,
  expectLandsOn,
  interleave,
  openAsNewDocument,
  pauseTimers,
  quotesOf,
  selectWithMouse,
  trackQuotes,
  type QuoteAt,
} from './support/quotes';

/**
 * Links that land and quotes that travel (issue 9): every quote link the site produces opens
 * with its text in view; 复制链接, the heading's "#" and the ids shared before are one section
 * address; 复制引用 copies the quote with its source as plain text and HTML; the keyboard gets
 * the same buttons as the mouse.
 */

const desktop = { width: 1280, height: 720 };
const phone = { width: 390, height: 664 };
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
test.beforeEach(({ context }) => trackQuotes(context));

const stresses = passage('xi-jinping-stresses');
/** Where a section's quotes are selected: on its own page, or in its section on /full/. */
const onPage = (p: ContentPassage, write?: (text: string) => string) =>
  quotesOf(p, write).map((q): QuoteAt => ['main section.passage', q]);
const onFull = (p: ContentPassage, write?: (text: string) => string) =>
  quotesOf(p, write).map((q): QuoteAt => [`section#${p.anchor}`, q]);
/**
 * Every sentence and first clause of each section, on its own page and on /full/ (a test per
 * section); and, in the traditional edition, of the section whose heading, contents entry and
 * first words are the same.
 */
const cases = [
  ...passages.map((p) => ({ id: p.id, pages: [[p.path, onPage(p)] as const, ['full/', onFull(p)] as const] })),
  {
    id: `${stresses.id} (traditional)`,
    pages: [
      [`zh-hant/${stresses.path}`, onPage(stresses, toTraditional)] as const,
      ['zh-hant/full/', onFull(stresses, toTraditional)] as const,
    ],
  },
];

for (const viewport of [desktop, phone]) {
  test.describe(`quote links at ${viewport.width}px`, () => {
    test.use({ viewport });
    // Every section at desktop width; at phone width (where the 目录 menu holds a second copy of
    // the contents), the section whose heading, contents entry and first words are the same.
    const covered = viewport === phone ? cases.filter((c) => c.id === stresses.id) : cases;
    for (const { id, pages } of covered) {
      const count = pages.reduce((sum, [, quotes]) => sum + quotes.length, 0);
      test(`${id}: each sentence and first clause (${count}), on ${pages.map(([path]) => `/${path}`).join(' and ')}, opens in view`, async ({
        page,
        context,
      }) => {
        const copied: (readonly [string, QuoteAt])[][] = [];
        for (const [path, quotes] of pages) {
          await page.goto(path);
          const links = await copyEach(page, quotes, 'link');
          for (const link of links) expect(link).toContain(':~:text=');
          copied.push(links.map((link, index) => [link, quotes[index] as QuoteAt] as const));
        }
        // Alternating between the two pages, each link opens as a new document in the same tab.
        for (const [link, quote] of interleave(copied)) await expectLandsOn(context, link, quote);
      });
    }
  });
}

test.describe('one address per section', () => {
  test.beforeEach(({ page }) => pauseTimers(page));

  /** Press 复制链接 in `section`; returns what it copied, after checking it said 已复制 for a while. */
  async function copyLink(page: Page, section: string): Promise<string> {
    const button = page.locator(section).getByRole('button', { name: '复制链接' });
    await button.click();
    await expect(page.locator(section).getByRole('button', { name: '已复制' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('已复制');
    const copied = await clipboardText(page);
    await page.clock.runFor(2_000);
    await expect(button).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('');
    return copied;
  }

  test('a section page: 复制链接 copies the page’s URL, which the heading’s "#" opens', async ({ page, baseURL }) => {
    await page.goto('priorities/5/#top');
    const copied = await copyLink(page, 'main section.passage');
    expect(copied).toBe(new URL('priorities/5/', baseURL).href);
    await page.locator('main a.anchor').click();
    await expect(page).toHaveURL(copied);
  });

  test('/full/: 复制链接 copies #priority-N or #<id>, which the heading’s "#" opens', async ({ page, baseURL }) => {
    await page.goto('full/');
    for (const p of [passage('priority-5'), passage('han-zheng')]) {
      const section = `section#${p.anchor}`;
      const copied = await copyLink(page, section);
      expect(copied).toBe(new URL(`full/#${p.anchor}`, baseURL).href);
      await page.locator(`${section} a.anchor`).click();
      await expect(page).toHaveURL(copied);
      await expect(page.locator(`${section} h2`)).toBeInViewport();
    }
  });

  test('ids shared before (#第五-推动浦东高水平改革开放) still land on their section', async ({ context, baseURL }) => {
    // The issue's example, and every heading's slug (what rehype-slug gave them) on /full/.
    const fifth = passage('priority-5');
    expect(slug(sectionHeading(fifth.data))).toBe('第五-推动浦东高水平改革开放');
    const links = [
      ...passages.map((p) => [`full/#${encodeURIComponent(slug(sectionHeading(p.data)))}`, `section#${p.anchor} h2`]),
      [`${fifth.path}#${encodeURIComponent('第五-推动浦东高水平改革开放')}`, 'main h1'],
    ];
    for (const [path = '', heading = ''] of links) {
      const url = new URL(path, baseURL).href;
      const reader = await openAsNewDocument(context, url);
      const landed = () => reader.evaluate((target) => {
        const box = document.querySelector(`${target}:target`)?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
      }, heading);
      await expect.poll(landed, { message: `${url} should show its section's heading`, ...ARRIVAL_POLL }).toBe(true);
    }
  });
});

test.describe('复制引用', () => {
  test('copies the quote, its section and speech, and its link: plain text for chats, HTML for documents', async ({ page, context, baseURL }) => {
    const p = passage('priority-6');
    const quote = quotesOf(p).find((q) => q.text.length > 20);
    if (!quote) throw new Error('priority-6 has no sentence over 20 characters');
    await page.goto(p.path);
    await selectWithMouse(page, ['main section.passage', quote]);
    await page.getByRole('button', { name: '复制引用', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('已复制');
    const { plain, html } = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : '');
      const doc = new DOMParser().parseFromString(await read('text/html'), 'text/html');
      return {
        plain: await read('text/plain'),
        html: {
          quote: doc.querySelector('blockquote')?.textContent,
          cite: doc.querySelector('blockquote')?.getAttribute('cite'),
          href: doc.querySelector('a')?.getAttribute('href'),
          label: doc.querySelector('a')?.textContent,
          title: doc.querySelector('cite')?.textContent,
          after: doc.querySelector('blockquote + p')?.textContent,
        },
      };
    });
    const [text, link = ''] = plain.split('\n');
    expect(text).toBe(`“${quote.text}”——${sectionLabel(p.data)}，《${speech.title}》`);
    expect(link.startsWith(`${new URL(p.path, baseURL).href}#:~:text=`)).toBe(true);
    expect(html).toEqual({
      quote: quote.text,
      cite: link,
      href: link,
      label: sectionLabel(p.data),
      title: speech.title,
      after: `——${sectionLabel(p.data)}，《${speech.title}》`,
    });
    await expectLandsOn(context, link, ['main section.passage', quote]);
  });
});

test.describe('selecting with the keyboard', () => {
  for (const viewport of [desktop, phone]) {
    test(`${viewport.width}px: Shift+arrows offer the quote buttons, next in Tab order, with visible focus`, async ({ page, context, baseURL }) => {
      await page.setViewportSize(viewport);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      const quoteCode = () => requests.filter((path) => /\/quote\.[\w-]+\.js$/.test(path));
      const p = passage('priority-6');
      const quote = quotesOf(p)[2];
      if (!quote) throw new Error('priority-6 has fewer than 3 quotes');
      await page.goto(p.path);
      await page.evaluate(() => navigator.clipboard.writeText(''));
      const tools = page.locator('.quote-tools');
      await expect(tools).toBeHidden();
      expect(quoteCode(), 'quote code loaded before any selection').toEqual([]);

      // The mouse selects the first two characters (a caret alone cannot be extended without caret
      // browsing); Shift+arrows take the selection to the end of the quote.
      await selectWithMouse(page, ['main section.passage', { ...quote, text: quote.text.slice(0, 2) }]);
      const selected = () => page.evaluate(() => getSelection()?.toString() ?? '');
      for (let i = 2; i < quote.text.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
      expect(await selected()).toBe(quote.text);
      await expect(tools).toBeVisible();
      expect(quoteCode(), 'quote code loaded on the first selection').toHaveLength(1);
      // Under the selection's last line, inside the viewport.
      const lastLine = await page.evaluate(() => [...(getSelection()?.getRangeAt(0).getClientRects() ?? [])].at(-1)?.bottom ?? -1);
      const box = await tools.boundingBox();
      expect(box && [box.y >= lastLine, box.x >= 0, box.x + box.width <= viewport.width]).toEqual([true, true, true]);

      await page.keyboard.press('Tab');
      const link = page.getByRole('button', { name: '复制引用链接' });
      await expect(link).toBeFocused();
      await expect(link).not.toHaveCSS('outline-style', 'none');
      await page.keyboard.press('Enter');
      const section = new URL(p.path, baseURL).href;
      await expect.poll(async () => (await clipboardText(page)).startsWith(`${section}#:~:text=`)).toBe(true);
      await expectLandsOn(context, await clipboardText(page), ['main section.passage', quote]);

      await page.keyboard.press('Tab');
      const withSource = page.getByRole('button', { name: '复制引用', exact: true });
      await expect(withSource).toBeFocused();
      await expect(withSource).not.toHaveCSS('outline-style', 'none');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await clipboardText(page)).startsWith(`“${quote.text}”——`)).toBe(true);
    });
  }
});
