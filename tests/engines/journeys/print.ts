import { describe, expect, it } from 'vitest';
import { pdfPageImage, pdfPages } from '../../support/pdf';
import { decodeQr } from '../../support/qr';
import type { Engine } from '../support/suite';

/**
 * Journey 6: printing (issue 17), in the engines that can print from their driver. The Chromium
 * print tests (tests/e2e/share.spec.ts) read the printed text; Firefox's PDFs map many CJK glyphs
 * to no character (pdftotext gives U+FFFD), so here the printout is read as a reader's phone reads
 * it: the whole text takes pages, and the last page's QR code scans to the page's address. Firefox
 * draws no @page margin boxes (page numbers): its own print footer numbers pages for a reader.
 */
export function print(engine: Engine): void {
  describe('print', () => {
    it('printing /full/ on A4 gives pages whose last one carries the page’s QR code', async ({ skip }) => {
      const { driver } = engine;
      skip(!driver.pdf, `${driver.engine}: the WebDriver client used here has no print command; printing is checked in Chromium and Firefox`);
      await driver.goto('full/');
      const canonical = await driver.evaluate(() => document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '');
      const pdf = await (driver.pdf as NonNullable<typeof driver.pdf>)('A4');
      const pages = pdfPages(pdf).length;
      expect(pages, 'the whole text takes pages').toBeGreaterThan(1);
      expect(decodeQr(pdfPageImage(pdf, pages)), 'the QR code on the last page').toBe(canonical);
    });
  });
}
