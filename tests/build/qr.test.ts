import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNotFoundPage, urlPathOfFile } from '../../scripts/audit/built-site';
import { ui } from '../../src/i18n/ui';
import { editionOfPath } from '../../src/lib/editions';
import { toTraditional } from '../../src/lib/traditional-script';
import { builds, htmlFilesOf, readPage, siteUrl, textOf } from './support/site';

/**
 * 二维码 (issue 17): every page but the 404 page offers the QR code of its own absolute URL, and each
 * section its section's (in the page's edition, base included, on the configured SITE_URL), in a
 * closed <details> whose image is a built file loaded lazily, with the URL under it; none of it is
 * indexed for search. The browser tests decode the images (tests/e2e/share.spec.ts).
 */
describe.each(builds)('$name', (build) => {
  const files = htmlFilesOf(build).filter((file) => !isNotFoundPage(file));

  describe.each(files)('%s', (file) => {
    const root = readPage(build, file);
    const path = urlPathOfFile(file, build.base);
    const words = (text: string): string => (editionOfPath(path, build.base) === 'traditional' ? toTraditional(text) : text);
    const controls = root.querySelectorAll('details.qr');
    /** What each control should show: a section's own address, or the page's. */
    const expected = (control: (typeof controls)[number]) => {
      const section = control.closest('section.passage');
      return section ? new URL(section.getAttribute('data-cite') ?? 'no data-cite', siteUrl).href : new URL(path, siteUrl).href;
    };

    it('offers the QR code of the page and of each section, closed, with the URL under it', () => {
      const urls = controls.map(expected);
      expect(urls, 'one control per address').toEqual([...new Set(urls)]);
      expect(urls).toContain(new URL(path, siteUrl).href);
      // Each section has one; the page one of its own unless it is one section (its control is the page's).
      const ownSection = root.querySelector(`section.passage[data-cite="${path}"]`);
      expect(controls.length).toBe(root.querySelectorAll('section.passage').length + (ownSection ? 0 : 1));
      for (const control of controls) {
        expect(control.hasAttribute('open'), 'closed until a reader opens it').toBe(false);
        expect(control.querySelector('summary')?.getAttribute('aria-label')).toBe(words(ui.reading.qr));
        expect(textOf(control.querySelector('.qr-url') ?? control).replace(/\s/g, '')).toBe(expected(control));
        expect(control.closest('[data-pagefind-ignore]'), 'not indexed for search').not.toBeNull();
      }
    });

    it('shows each code as a built image, loaded only when the control is opened (and when printed)', () => {
      const images = [...controls.map((control) => control.querySelector('img')), root.querySelector('.printed-url img')];
      for (const img of images) {
        expect(img?.getAttribute('loading')).toBe('lazy');
        expect(img?.getAttribute('alt')).toBeTruthy();
        const src = img?.getAttribute('src') ?? '';
        expect(src.startsWith(build.base), `${src} is under the base path`).toBe(true);
        expect(existsSync(join(build.dir, src.slice(build.base.length))), `${src} was built`).toBe(true);
      }
      const files = controls.map((control) => control.querySelector('img')?.getAttribute('src'));
      expect(new Set(files).size, 'a file per address').toBe(files.length);
    });

    it('prints the page’s own address and QR code', () => {
      const printed = root.querySelector('.printed-url');
      expect(printed?.querySelector('[data-printed-url]')?.textContent).toBe(new URL(path, siteUrl).href);
      const own = controls.find((control) => expected(control) === new URL(path, siteUrl).href);
      expect(printed?.querySelector('img')?.getAttribute('src')).toBe(own?.querySelector('img')?.getAttribute('src'));
    });
  });
});
