import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui';
import { EDITIONS, editionHref } from '../../src/lib/editions';
import { toTraditional } from '../../src/lib/traditional-script';
import { CITATION_FILES, citationRecord, citedUrl, GBT7714_ONLINE } from '../../src/lib/citation';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/share-card';
import { readPassages, readSpeech } from '../support/content';
import { builds, htmlFilesOf, readPage, siteUrl } from './support/site';
import { isNotFoundPage } from '../../scripts/audit/built-site';

/**
 * Share cards and citation (issue 17): every page names a card that exists, 1200×630, not blank;
 * each section's card differs from every other's, in both editions; the citation files read back
 * to the site's one record; every citable page carries Highwire tags.
 */
const passages = readPassages();
const speech = readSpeech();

const parsed = new Map<string, ReturnType<typeof readPage>>();
/** A built page, parsed once. */
const page = (build: (typeof builds)[number], file: string) => {
  const key = join(build.dir, file);
  if (!parsed.has(key)) parsed.set(key, readPage(build, file));
  return parsed.get(key) as ReturnType<typeof readPage>;
};
const meta = (file: string, build: (typeof builds)[number], key: string): string | undefined => {
  const root = page(build, file);
  return (root.querySelector(`meta[property="${key}"]`) ?? root.querySelector(`meta[name="${key}"]`))?.getAttribute('content');
};
const decoded = new Map<string, PNG>();
/** A card, decoded once (most pages share the site's). */
const card = (path: string): PNG => {
  if (!decoded.has(path)) decoded.set(path, PNG.sync.read(readFileSync(path)));
  return decoded.get(path) as PNG;
};

/** The built file an absolute URL of the build names. */
const fileOf = (build: (typeof builds)[number], url: string): string => join(build.dir, new URL(url).pathname.slice(build.base.length));

/** The share of pixels that differ from the top-left corner's colour (the background). */
function inked(png: PNG): number {
  const { data } = png;
  let differ = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs((data[i] as number) - (data[0] as number)) + Math.abs((data[i + 1] as number) - (data[1] as number)) + Math.abs((data[i + 2] as number) - (data[2] as number)) > 48) differ++;
  }
  return differ / (data.length / 4);
}

for (const build of builds) {
  describe(`share cards in the ${build.name}`, () => {
    const files = htmlFilesOf(build).filter((file) => !file.startsWith('pagefind/'));

    it.each(files)('%s: og:image is an absolute URL of a 1200×630 PNG that is not blank, with its size, alt and a large Twitter card', (file) => {
      const image = meta(file, build, 'og:image') ?? '';
      expect(image.startsWith(new URL(build.base, siteUrl).href), image).toBe(true);
      expect(existsSync(fileOf(build, image)), image).toBe(true);
      const png = card(fileOf(build, image));
      expect([png.width, png.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
      expect(inked(png)).toBeGreaterThan(0.02);
      expect(meta(file, build, 'og:image:width')).toBe(String(png.width));
      expect(meta(file, build, 'og:image:height')).toBe(String(png.height));
      expect(meta(file, build, 'og:image:alt')).toBeTruthy();
      expect(meta(file, build, 'twitter:card')).toBe('summary_large_image');
      expect(meta(file, build, 'twitter:image')).toBe(image);
    });

    it.each(EDITIONS)('%s: each section has its own card, unlike every other page’s, its alt naming the section', (edition) => {
      const sections = passages.map((p) => ({ file: `${editionHref(p.path, edition, '/').slice(1)}index.html` }));
      const images = sections.map(({ file }) => meta(file, build, 'og:image') ?? '');
      const hashes = images.map((url) => createHash('sha256').update(readFileSync(fileOf(build, url))).digest('hex'));
      expect(new Set(hashes).size).toBe(passages.length);
      const siteCard = meta(`${editionHref('', edition, '/').slice(1)}index.html`, build, 'og:image') ?? '';
      expect(images).not.toContain(siteCard);
      for (const { file } of sections) expect(meta(file, build, 'og:image:alt')).toContain(meta(file, build, 'og:title'));
    });

    it('the two editions’ cards differ (each in its own script)', () => {
      const cardOf = (edition: (typeof EDITIONS)[number]) => readFileSync(join(build.dir, editionHref('og/priorities-5.png', edition, '/').slice(1)));
      expect(cardOf('simplified').equals(cardOf('traditional'))).toBe(false);
    });
  });

  describe(`citation in the ${build.name}`, () => {
    const record = citationRecord(speech.title, citedUrl(siteUrl, build.base));

    it.each(EDITIONS.flatMap((edition) => Object.keys(CITATION_FILES).map((name) => editionHref(`cite/${name}`, edition, '/').slice(1))))('%s reads back to the record', (file) => {
      const text = readFileSync(join(build.dir, file), 'utf8');
      const [data] = new Cite(text).data as Record<string, unknown>[];
      expect({ id: data?.['id'], title: data?.['title'], URL: data?.['URL'] }).toEqual({ id: record.id, title: record.title, URL: record.URL });
    });

    it.each(EDITIONS)('/about/ (%s): the references in GB/T 7714 and APA 7, with the title as received and links to the files', (edition) => {
      const root = readPage(build, `${editionHref('about/', edition, '/').slice(1)}index.html`);
      const gbt = root.querySelector('#reference-gbt7714')?.textContent ?? '';
      expect(gbt).toMatch(GBT7714_ONLINE);
      expect(gbt.startsWith(`${speech.title}[EB/OL]`)).toBe(true);
      expect(gbt).toContain(record.URL);
      expect(root.querySelector('#reference-apa')?.textContent).toBe(`${speech.title}. (n.d.). ${record.URL}`);
      expect(root.querySelectorAll('[data-copy-from]').map((b) => b.getAttribute('data-copy-from'))).toEqual(['reference-gbt7714', 'reference-apa']);
      const links = root.querySelectorAll('a[download]').map((a) => a.getAttribute('href'));
      expect(links).toEqual(Object.keys(CITATION_FILES).map((name) => editionHref(`cite/${name}`, edition, build.base)));
      const heading = edition === 'traditional' ? toTraditional(ui.about.referencesHeading) : ui.about.referencesHeading;
      expect(root.querySelector('h3#cite')?.textContent).toBe(heading);
    });

    it.each(htmlFilesOf(build).filter((f) => !isNotFoundPage(f) && !f.startsWith('pagefind/')))('%s: Highwire citation tags for reference managers', (file) => {
      expect(meta(file, build, 'citation_title')).toBeTruthy();
      expect(meta(file, build, 'citation_public_url')).toBe(meta(file, build, 'og:url'));
      expect(meta(file, build, 'citation_language')).toBe(page(build, file).querySelector('html')?.getAttribute('lang'));
    });

    it.each(passages.map((p) => p.path))('/%s links to how to cite it', (path) => {
      expect(readPage(build, `${path}index.html`).querySelector('.passage-head a[href$="about/#cite"]')?.getAttribute('aria-label')).toBe(ui.reading.citeLink);
    });

    // Quote links (text fragments) take the words around a quote as its context: the controls
    // between a heading and its text must give them none, or a link would depend on a label.
    it.each(['full/', ...passages.map((p) => p.path)])('/%s: the controls beside each heading put no words into the page (labels drawn by CSS)', (path) => {
      const tools = readPage(build, `${path}index.html`).querySelectorAll('.section-tools');
      expect(tools.length).toBeGreaterThan(0);
      for (const row of tools) {
        const closed = row.clone() as typeof row;
        // What a reader sees only after opening the QR code control.
        closed.querySelectorAll('.qr-panel').forEach((panel) => panel.remove());
        expect(closed.textContent.trim()).toBe('');
        for (const control of closed.querySelectorAll('a, summary, button')) expect(control.getAttribute('aria-label')).toBeTruthy();
      }
    });
  });
}
