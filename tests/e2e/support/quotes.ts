import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { Quote } from '../../support/quotes';

export { quotesOf, type Quote } from '../../support/quotes';

/** Where a quote is, for the page script below: a CSS selector of its passage's section, and the quote. */
export type QuoteAt = [section: string, quote: Quote];

declare global {
  interface Window {
    /** The range of `quote` in the passage body of `section` (installed by trackQuotes). */
    quoteRange(section: string, quote: Quote): Range;
  }
}

/** Give every page of the context `window.quoteRange` (it adds no node to the page). */
export async function trackQuotes(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.quoteRange = (section, { text, paragraph, offset }) => {
      const p = document.querySelectorAll(`${section} .passage-body p`)[paragraph];
      if (!p) throw new Error(`${section}: no paragraph ${paragraph}`);
      const range = document.createRange();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (seen <= offset && offset < seen + length) range.setStart(node, offset - seen);
        if (seen < offset + text.length && offset + text.length <= seen + length) range.setEnd(node, offset + text.length - seen);
        seen += length;
      }
      if (range.toString() !== text) throw new Error(`${section}: "${text}" is not at ${paragraph}:${offset} (found "${range.toString()}")`);
      return range;
    };
  });
}

/**
 * Select each quote in turn as a reader would (the selection in the page, the buttons offered
 * beside it) and press 复制引用链接 ("link") or 复制引用 ("quote"); returns what each press put
 * on the clipboard.
 */
export async function copyEach(page: Page, quotes: readonly QuoteAt[], button: 'link' | 'quote'): Promise<string[]> {
  return page.evaluate(
    async ([all, kind]) => {
      const tools = document.querySelector<HTMLElement>('.quote-tools');
      const target = tools?.querySelector<HTMLButtonElement>(`button[data-copy="${kind}"]`);
      if (!tools || !target) throw new Error(`no quote button "${kind}"`);
      const copied: string[] = [];
      for (const [section, quote] of all) {
        const handled = new Promise((resolve) => document.addEventListener('selectionchange', resolve, { once: true }));
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(window.quoteRange(section, quote));
        await handled;
        if (tools.hidden) throw new Error(`no quote buttons beside "${quote.text}"`);
        await navigator.clipboard.writeText('');
        target.click();
        let text = '';
        for (let tries = 0; !text && tries < 500; tries += 1) {
          await new Promise(requestAnimationFrame);
          text = await navigator.clipboard.readText();
        }
        copied.push(text);
      }
      return copied;
    },
    [quotes, button] as const,
  );
}

/** The tab of each context that opens links (kept, so each link does not cost a new tab). */
const readers = new WeakMap<BrowserContext, Page>();

/** The address of the document `url` loads: without its fragment (text directive included). */
const documentOf = (url: string) => url.replace(/#.*$/, '');

/**
 * Open `url` as a reader following a link does: as a new document, in the context's reader tab.
 * A link to the document the tab shows would only scroll it (a same-document navigation), so the
 * tab leaves for about:blank first; callers alternate documents to spare that load.
 */
export async function openAsNewDocument(context: BrowserContext, url: string): Promise<Page> {
  const reader = readers.get(context) ?? (await context.newPage());
  readers.set(context, reader);
  if (documentOf(reader.url()) === documentOf(url)) await reader.goto('about:blank');
  await reader.goto(url);
  return reader;
}

/** Chromium scrolls to a fragment shortly after the load event: look again soon and often. */
export const ARRIVAL_POLL = { intervals: [25, 50, 100] };

/**
 * Open a quote link as a new document; expect the quote inside the viewport, with the phone's
 * 目录 menu still closed.
 */
export async function expectLandsOn(context: BrowserContext, url: string, [section, quote]: QuoteAt): Promise<void> {
  const reader = await openAsNewDocument(context, url);
  const where = () =>
    reader.evaluate(
      ([at, q]) => {
        const box = window.quoteRange(at, q).getBoundingClientRect();
        const menuOpen = document.querySelector('details.toc-menu')?.hasAttribute('open') ?? false;
        return box.top >= 0 && box.bottom <= innerHeight && !menuOpen
          ? 'in view'
          : `top ${Math.round(box.top)}, bottom ${Math.round(box.bottom)} of ${innerHeight}, 目录 menu ${menuOpen ? 'open' : 'closed'}`;
      },
      [section, quote] as const,
    );
  await expect.poll(where, { message: `${url} should show "${quote.text}"`, ...ARRIVAL_POLL }).toBe('in view');
}

/** The lists' items taken in turn, one from each list (a1, b1, a2, b2, …), then what remains. */
export function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, index) => lists.flatMap((list) => (index < list.length ? [list[index] as T] : []))).flat();
}

/**
 * Select a quote with the mouse, as a reader does: press before its first character and
 * release after its last (scrolled into view first: the mouse only reaches what is on screen).
 */
export async function selectWithMouse(page: Page, [section, quote]: QuoteAt): Promise<void> {
  const [from, to] = await page.evaluate(
    ([at, q]) => {
      const range = window.quoteRange(at, q);
      const rect = (node: Node, offset: number) => {
        const one = document.createRange();
        one.setStart(node, offset);
        one.setEnd(node, offset + 1);
        return one.getBoundingClientRect();
      };
      scrollBy(0, range.getBoundingClientRect().top - innerHeight / 3);
      const first = rect(range.startContainer, range.startOffset);
      const last = rect(range.endContainer, range.endOffset - 1);
      return [
        { x: first.left + 1, y: first.top + first.height / 2 },
        { x: last.right - 1, y: last.top + last.height / 2 },
      ];
    },
    [section, quote] as const,
  );
  if (!from || !to) throw new Error('no selection coordinates');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  expect(await page.evaluate(() => getSelection()?.toString())).toBe(quote.text);
}

export async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/**
 * Stop the page's timers (Playwright's fake clock) from the next navigation on, so a transient
 * state (已复制) stays until the test moves time on with page.clock.runFor().
 */
export async function pauseTimers(page: Page): Promise<void> {
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1_000);
}
