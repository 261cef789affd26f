import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/audit/html-refs';
import { editionOfPath } from '../../src/lib/editions';
import { editionLang, editionOgLocale } from '../../src/lib/traditional';
import { readPassages } from '../support/content';
import { builds, htmlFilesOf, siteUrl } from './support/site';
import { isNotFoundPage } from '../../scripts/audit/built-site';

/**
 * Sharing metadata of the built pages (issue 3, point 6): unique title and description, the
 * description taken from the passage itself, canonical URL, Open Graph and Twitter tags, valid
 * JSON-LD, and a sitemap that robots.txt points to, in both the default and the /speech/ build.
 */
const passages = readPassages();

function load(dir: string, file: string): HTMLElement {
  return parseHtml(readFileSync(join(dir, file), 'utf8'));
}

const meta = (root: HTMLElement, key: string): string | undefined =>
  (root.querySelector(`meta[property="${key}"]`) ?? root.querySelector(`meta[name="${key}"]`))?.getAttribute('content');

for (const build of builds) {
  describe(`sharing metadata in the ${build.name}`, () => {
    const files = htmlFilesOf(build).filter((file) => !file.endsWith('search/index.html'));
    const pages = files.map((file) => ({ file, root: load(build.dir, file) }));

    it('every page has its own <title> and description', () => {
      const titles = pages.map(({ root }) => root.querySelector('title')?.textContent.trim() ?? '');
      const descriptions = pages.map(({ root }) => meta(root, 'description') ?? '');
      expect(titles.filter((t) => t === '')).toEqual([]);
      expect(descriptions.filter((d) => d === '')).toEqual([]);
      expect(new Set(titles).size, `titles: ${titles.join(' | ')}`).toBe(titles.length);
      expect(new Set(descriptions).size).toBe(descriptions.length);
    });

    it.each(passages.map((p) => [p.path, p] as const))('/%s: description taken from the passage, title names it', (path, p) => {
      const root = load(build.dir, `${path}index.html`);
      const description = meta(root, 'description') ?? '';
      const { text } = p;
      expect(text.startsWith(description.replace(/……$/, '')), `"${description}" is not the start of ${p.id}`).toBe(true);
      expect(description.length).toBeGreaterThan(Math.min(text.length, 20) - 1);
      expect(root.querySelector('title')?.textContent).toContain(p.data.title ?? '第一');
    });

    // The 404 pages of both editions (404.html, zh-hant/404.html) answer every missing path: no URL of their own.
    it.each(files.filter((f) => !isNotFoundPage(f)))('%s: canonical, Open Graph, Twitter and JSON-LD agree on the URL', (file) => {
      const root = load(build.dir, file);
      const expected = new URL(build.base + file.replace(/index\.html$/, ''), siteUrl).href;
      expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(expected);
      expect(meta(root, 'og:url')).toBe(expected);
      const edition = editionOfPath(`/${file}`, '/');
      expect(meta(root, 'og:locale')).toBe(editionOgLocale[edition]);
      for (const key of ['og:type', 'og:title', 'og:description', 'og:site_name', 'twitter:card', 'twitter:title', 'twitter:description']) {
        expect(meta(root, key), `${file}: ${key}`).toBeTruthy();
      }
      const scripts = root.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).toHaveLength(1);
      const data = JSON.parse(scripts[0]?.textContent ?? '') as Record<string, unknown>;
      expect(data).toMatchObject({ '@context': 'https://schema.org', url: expected, inLanguage: editionLang[edition] });
    });

    it('robots.txt points at the sitemap index by absolute URL, and the sitemap lists the pages', () => {
      const robots = readFileSync(join(build.dir, 'robots.txt'), 'utf8');
      const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
      expect(sitemap).toBe(new URL(`${build.base}sitemap-index.xml`, siteUrl).href);
      expect(existsSync(join(build.dir, 'sitemap-index.xml'))).toBe(true);
      const urls = readFileSync(join(build.dir, 'sitemap-0.xml'), 'utf8');
      for (const path of ['', 'full/', 'about/', ...passages.map((p) => p.path)]) {
        expect(urls).toContain(`<loc>${new URL(build.base + path, siteUrl).href}</loc>`);
      }
      expect(urls).not.toContain('404');
    });
  });
}
