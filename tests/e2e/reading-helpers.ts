import { expect, type Browser, type Page } from '@playwright/test';
import { readContent, type ContentPassage } from '../support/content';
import { sectionHeading } from '../../src/lib/labels';

/** Helpers shared by the reading specs (reading*.spec.ts). */

/** content/: the passages in reading order and speech.json, validated with the site's schemas. */
export const { passages, speech } = readContent();

export function passage(id: string): ContentPassage {
  const found = passages.find((p) => p.id === id);
  if (!found) throw new Error(`no passage "${id}" in content/passages`);
  return found;
}

export const headingOf = (p: ContentPassage): string => sectionHeading(p.data);

/**
 * Select text with the mouse, as a reader does: press before the first character of `quote`
 * (found in `container`) and release after `length` characters (default: the quote).
 */
export async function selectText(page: Page, container: string, quote: string, length = quote.length): Promise<void> {
  const [from, to] = await page.locator(container).first().evaluate(
    (element, [text, size]) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent?.indexOf(text) ?? -1;
        if (index < 0) continue;
        const rect = (start: number) => {
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, start + 1);
          return range.getBoundingClientRect();
        };
        // Bring the quote into the viewport first: the mouse only reaches what is on screen.
        scrollBy(0, rect(index).top - innerHeight / 3);
        const first = rect(index);
        const last = rect(index + size - 1);
        return [
          { x: first.left + 1, y: first.top + first.height / 2 },
          { x: last.right - 1, y: last.top + last.height / 2 },
        ];
      }
      throw new Error(`"${text}" not found`);
    },
    [quote, length] as const,
  );
  if (!from || !to) throw new Error('no selection coordinates');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** Where `text` sits relative to the viewport, after the page settled. */
export async function textPosition(page: Page, text: string): Promise<{ top: number; bottom: number; viewport: number; scrollY: number }> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1;
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      const rect = range.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, viewport: innerHeight, scrollY };
    }
    throw new Error(`"${wanted}" not on the page`);
  }, text);
}

/**
 * Open `url` in a fresh small phone page (a reader following a quote link) and assert the page
 * scrolled so that `text` is inside the viewport. Returns the page (caller closes it) and where
 * the text sits.
 */
export async function openScrolledTo(
  browser: Browser,
  url: string,
  text: string,
): Promise<{ reader: Page; position: Awaited<ReturnType<typeof textPosition>> }> {
  const reader = await browser.newPage({ viewport: { width: 390, height: 480 } });
  await reader.goto(url);
  await expect.poll(async () => (await textPosition(reader, text)).scrollY, `page scrolled to "${text}"`).toBeGreaterThan(0);
  const position = await textPosition(reader, text);
  expect(position.top).toBeGreaterThanOrEqual(0);
  expect(position.bottom).toBeLessThanOrEqual(position.viewport);
  return { reader, position };
}

/**
 * Stop the page's timers (Playwright's fake clock) from the next navigation on, so a transient
 * state stays until the test moves time on with page.clock.runFor().
 */
export async function pauseTimers(page: Page): Promise<void> {
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1_000);
}

export async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The page does not scroll sideways. */
export async function expectNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${label}: horizontal overflow in px`).toBeLessThanOrEqual(0);
}
