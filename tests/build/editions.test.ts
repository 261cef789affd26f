import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/audit/html-refs';
import { editionHref } from '../../src/lib/editions';
import { editionLang, traditional } from '../../src/lib/traditional';
import { toSimplified, toTraditional } from '../../src/lib/traditional-script';
import { searchUi } from '../../src/i18n/ui';
import { readPassages } from '../support/content';
import { builds, htmlFilesOf, siteUrl } from './support/site';

/**
 * The traditional edition in the built site: a twin of every page under /zh-hant/, its text the
 * OpenCC conversion of the simplified page (and back again), its links within the edition, and
 * hreflang alternates, the 简/繁 switch and the sitemap tying the two editions together.
 */
const passages = readPassages();
const excepted = new Set(traditional.exceptions.map((e) => e.sentence));
const TWIN = 'zh-hant/';

/** Text a reader sees, whitespace collapsed, leaving out what is marked to stay as written. */
function visibleText(element: HTMLElement): string {
  const clone = parseHtml(element.outerHTML);
  for (const kept of clone.querySelectorAll('script, style, [translate="no"], [lang="zh-CN"]')) kept.remove();
  return clone.textContent.replace(/\s+/g, ' ').trim();
}

for (const build of builds) {
  describe(`the traditional edition in the ${build.name}`, () => {
    const files = htmlFilesOf(build);
    const load = (file: string) => parseHtml(readFileSync(join(build.dir, file), 'utf8'));
    const simplifiedPages = files.filter((file) => !file.startsWith(TWIN) && file !== '404.html');
    const url = (path: string, edition: 'simplified' | 'traditional') => new URL(editionHref(path, edition, build.base), siteUrl).href;
    const pathOf = (file: string) => file.replace(/index\.html$/, '');

    it('has a twin of every page, its 404 page included, and no page of its own', () => {
      const simplifiedFiles = files.filter((file) => !file.startsWith(TWIN));
      expect(simplifiedFiles.filter((file) => !existsSync(join(build.dir, TWIN, file)))).toEqual([]);
      expect(files.filter((file) => file.startsWith(TWIN)).map((file) => file.slice(TWIN.length)).sort()).toEqual(simplifiedFiles.sort());
    });

    it('404: the traditional one is in its language, links within its edition, and switches to the simplified home', () => {
      const [simplified, twin] = [load('404.html'), load(`${TWIN}404.html`)];
      expect(twin.querySelector('html')?.getAttribute('lang')).toBe(editionLang.traditional);
      expect(twin.querySelector('h1')?.textContent).toBe(toTraditional(simplified.querySelector('h1')?.textContent ?? ''));
      const links = (root: HTMLElement) => root.querySelectorAll('main a').map((a) => a.getAttribute('href') ?? '');
      const traditionalLinks = links(simplified).map((href) => href.replace(build.base, `${build.base}${TWIN}`));
      expect(links(twin)).toEqual(traditionalLinks);
      expect(twin.querySelector('a.edition-switch')?.getAttribute('href')).toBe(editionHref('', 'simplified', build.base));
      expect(twin.querySelector('link[rel="canonical"]')).toBeNull();
    });

    it.each(simplifiedPages)('%s: both editions name their language and each other (hreflang, x-default)', (file) => {
      const path = pathOf(file);
      for (const [edition, twinFile] of [['simplified', file], ['traditional', TWIN + file]] as const) {
        const root = load(twinFile);
        expect(root.querySelector('html')?.getAttribute('lang'), twinFile).toBe(editionLang[edition]);
        const alternates = Object.fromEntries(
          root.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
        );
        expect(alternates, twinFile).toEqual({
          [editionLang.simplified]: url(path, 'simplified'),
          [editionLang.traditional]: url(path, 'traditional'),
          'x-default': url(path, 'simplified'),
        });
        const other = edition === 'simplified' ? 'traditional' : 'simplified';
        const toggle = root.querySelector('a.edition-switch');
        expect(toggle?.getAttribute('href'), `${twinFile}: 简/繁 switch`).toBe(editionHref(path, other, build.base));
        expect(toggle?.getAttribute('hreflang')).toBe(editionLang[other]);
      }
    });

    it.each(simplifiedPages)('%s: the traditional page is the simplified page converted, nothing left unconverted', (file) => {
      const simplified = visibleText(load(file).querySelector('main') as HTMLElement);
      const converted = visibleText(load(TWIN + file).querySelector('main') as HTMLElement);
      // Addresses shown on the page (/about/'s citation advice) are the edition's own.
      expect(converted).toBe(toTraditional(simplified).replaceAll(url('', 'simplified'), url('', 'traditional')));
      const page = visibleText(load(TWIN + file));
      expect(toTraditional(page)).toBe(page);
      const title = load(TWIN + file).querySelector('title')?.textContent ?? '';
      expect(title).toBe(toTraditional(load(file).querySelector('title')?.textContent ?? ''));
    });

    it.each(simplifiedPages)('%s: links stay in the edition, and the page says it is a conversion', (file) => {
      const root = load(TWIN + file);
      const prefix = editionHref('', 'traditional', build.base);
      const internal = root
        .querySelectorAll('main a[href], nav a[href], header a[href]')
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => href.startsWith(build.base) && !href.startsWith(`${build.base}favicon`))
        .filter((href) => !root.querySelector('a.edition-switch')?.getAttribute('href')?.startsWith(href) || href.startsWith(prefix));
      expect(internal.filter((href) => !href.startsWith(prefix))).toEqual([]);
      for (const cited of root.querySelectorAll('[data-cite]')) expect(cited.getAttribute('data-cite')).toMatch(new RegExp(`^${prefix}`));
      const note = root.querySelector('.edition-note a');
      expect(note?.getAttribute('href')).toBe(editionHref('about/#traditional', 'traditional', build.base));
      expect(load(file).querySelector('.edition-note')).toBeNull();
    });

    it.each(passages.map((p) => [p.path, p] as const))('/%s: every paragraph converts back to the simplified text', (path, p) => {
      const rendered = load(`${TWIN}${path}index.html`).querySelectorAll('.passage-body p').map((el) => el.textContent.trim());
      expect(rendered).toEqual(p.paragraphs.map(toTraditional));
      const back = rendered.map(toSimplified);
      const differing = back.filter((paragraph, i) => paragraph !== p.paragraphs[i] && !excepted.has(p.paragraphs[i] ?? ''));
      expect(differing).toEqual([]);
    });

    it('search on traditional pages speaks traditional (its strings travel in the page)', () => {
      const strings = (file: string) => JSON.parse(load(file).querySelector('#search-strings')?.textContent ?? 'null') as Record<string, string>;
      expect(strings('index.html')).toEqual({ ...searchUi.client, fullTextHref: editionHref('full/', 'simplified', build.base) });
      const traditionalStrings = strings(`${TWIN}index.html`);
      expect(traditionalStrings['notFound']).toBe(toTraditional(searchUi.client.notFound));
      expect(traditionalStrings['fullTextHref']).toBe(editionHref('full/', 'traditional', build.base));
    });

    it('the sitemap lists both editions, each with the other as an alternate', () => {
      const sitemap = readFileSync(join(build.dir, 'sitemap-0.xml'), 'utf8');
      for (const file of simplifiedPages) {
        const path = pathOf(file);
        expect(sitemap).toContain(`<loc>${url(path, 'simplified')}</loc>`);
        expect(sitemap).toContain(`<loc>${url(path, 'traditional')}</loc>`);
        expect(sitemap).toContain(`hreflang="${editionLang.traditional}" href="${url(path, 'traditional')}"`);
      }
    });
  });
}
