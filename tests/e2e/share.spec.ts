import type { Page } from '@playwright/test';
import { searchUi, ui } from '../../src/i18n/ui';
import { editionHref, EDITIONS } from '../../src/lib/editions';
import { sectionHeading } from '../../src/lib/labels';
import { readContent } from '../support/content';
import { pdfPages, squeeze } from '../support/pdf';
import { decodeQr as decode } from '../support/qr';
import { expect, test } from './support/fixtures';
import { NOT_FOUND_PATH, sitePages, templatePages } from './support/site-pages';

/**
 * Passing a page on (issue 17): its QR code, as Chromium draws it, scans to its address; the
 * control works by keyboard and without JavaScript and loads nothing until opened; nothing that
 * scripts enhance moves the page (CLS 0); and the printed edition.
 */
const { passages, speech } = readContent();
const phone = { width: 390, height: 844 };


test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every page’s and every section’s QR code scans to its own address, in both editions', async ({ page }) => {
    const pages = EDITIONS.flatMap((edition) => sitePages.filter((path) => path !== NOT_FOUND_PATH).map((path) => editionHref(path, edition, '/').slice(1)));
    for (const path of pages) {
      await page.goto(path);
      // The address every reader of the published site has: the canonical URL, and a section's own.
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
      const controls = page.locator('details.qr');
      expect(await controls.count(), `QR controls on /${path}`).toBeGreaterThan(0);
      // A click on each control's button opens it (the browser's own <details>, no script).
      for (const summary of await controls.locator('summary').all()) await summary.dispatchEvent('click');
      const images = controls.locator('img');
      await expect.poll(() => images.evaluateAll((all: HTMLImageElement[]) => all.every((img) => img.complete && img.naturalWidth > 0))).toBe(true);
      for (const [i, control] of (await controls.all()).entries()) {
        // The image brought into view, where it is on the screen, and the address it should hold.
        const { expected, shown, box } = await control.evaluate((el, base) => {
          const img = el.querySelector('img') as HTMLImageElement;
          img.scrollIntoView({ block: 'center' });
          const { x, y, width, height } = img.getBoundingClientRect();
          return {
            expected: new URL(el.closest<HTMLElement>('[data-cite]')?.dataset['cite'] ?? '', base).href,
            shown: (el.querySelector('.qr-url') as HTMLElement).innerText.replace(/\s/g, ''),
            box: { x, y, width, height },
          };
        }, canonical);
        expect(decode(await page.screenshot({ clip: box })), `QR code ${i + 1} on /${path}`).toBe(expected);
        expect(shown, `the address under QR code ${i + 1} on /${path}`).toBe(expected);
      }
    }
  });
});

test('the QR control: by keyboard alone, and nothing of it loads before it is opened', async ({ page, baseURL }) => {
  await page.setViewportSize(phone);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('full/');
  // Every control of the page passes through the viewport, closed.
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += phone.height) await page.mouse.wheel(0, phone.height);
  const summaries = page.locator('details.qr summary');
  const last = summaries.last();
  await last.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(last).toBeFocused();
  await page.keyboard.press('Enter');
  const img = last.locator('xpath=..').locator('img');
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  const file = new URL((await img.getAttribute('src')) ?? '', baseURL).pathname;
  expect(requested.filter((path) => path.includes('/qr/')), 'QR images requested').toEqual([file]);
  await page.keyboard.press(' ');
  await expect(img).toBeHidden();
});

/** The sum of the page's layout shifts (without recent input), once its scripts have enhanced it. */
async function layoutShift(page: Page, path: string): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path);
  await expect(page.locator('a.search-button')).toHaveAttribute('aria-keyshortcuts', /./);
  if (path.startsWith('priorities/') || path === 'full/') await expect(page.locator('.copy-link').first()).toBeVisible();
  // Two frames after the last change, so its shift (if any) has been reported.
  return page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { shift: number }).shift)))),
  );
}

/** The priority whose heading is longest: on a phone it fills its line, so a button beside it would wrap. */
const longestHeading = passages.filter((p) => p.data.kind === 'priority').sort((a, b) => sectionHeading(b.data).length - sectionHeading(a.data).length)[0];

test.describe('on a phone', () => {
  test.use({ viewport: phone });
  for (const path of [...templatePages, longestHeading?.path ?? 'no priority/']) {
    test(`/${path}: nothing moves as the page loads and its scripts enhance it (CLS 0)`, async ({ page }) => {
      expect(await layoutShift(page, path)).toBe(0);
    });
  }
});

const priority = passages.find((p) => p.data.kind === 'priority') ?? passages[0];
const lastPassage = passages.at(-1);
const headings = passages.map((p) => squeeze(sectionHeading(p.data)));

for (const { path, title, end } of [
  { path: 'full/', title: speech.title, end: lastPassage?.text ?? '' },
  { path: priority?.path ?? '', title: speech.title, end: priority?.text ?? '' },
]) {
  for (const format of ['A4', 'Letter'] as const) {
    test(`printing /${path} on ${format}: title, source, the text, page numbers, and the address with its QR code at the end`, async ({ page, baseURL }) => {
      await page.goto(path);
      const pages = pdfPages(await page.pdf({ format }));
      const all = pages.map((lines) => squeeze(lines.join('')));
      if (path === 'full/') expect(pages.length, 'the whole text takes pages').toBeGreaterThan(1);
      expect(all[0]).toContain(squeeze(title));
      expect(all[0]).toContain(squeeze(ui.reading.printSource));
      pages.forEach((lines, i) => expect(squeeze(lines.at(-1) ?? ''), `page ${i + 1}'s number`).toBe(`${i + 1}/${pages.length}`));
      // The last page holds the end of the text, not the address alone.
      expect(all.at(-1)).toContain(squeeze(end).slice(-12));
      expect(all.at(-1)).toContain(`${ui.reading.printedUrl}${new URL(path, baseURL).href}`);
      // A heading is never the last line of a page.
      pages.slice(0, -1).forEach((lines, i) => expect(headings, `page ${i + 1} ends with a heading`).not.toContain(squeeze(lines.at(-2) ?? '')));
      for (const chrome of [ui.reading.skipToContent, ui.reading.copyLink, ui.reading.qr, searchUi.button, ui.reading.tocPriorities]) {
        expect(all.join(''), 'no controls or navigation').not.toContain(chrome);
      }
      // The code beside the address is printed: its image was loaded for the printout.
      const printed = page.locator('.printed-url img');
      expect(await printed.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      const size = await page.locator('.passage-body p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size * 0.75, 'body text in points').toBeGreaterThanOrEqual(10.5);
    });
  }
}
