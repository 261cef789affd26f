import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileOfUrlPath, listFiles, urlPathOfFile } from './built-site';
import { collectReferences, cssUrls, parseHtml, type Reference } from './html-refs';
import type { Build } from './built-site';

/**
 * A link checker over a built site: every internal URL a page uses must resolve to a built
 * file under the build's base path, every fragment to an element id in the target page, and
 * nothing may point at another origin. Absolute URLs are accepted only as metadata
 * (canonical, og:url) and only at the configured SITE_URL.
 */
export class LinkChecker {
  readonly #idsByFile = new Map<string, Set<string>>();

  constructor(
    readonly build: Build,
    readonly siteOrigin: string,
  ) {}

  /** Problems with the references of one built HTML file, as readable lines. */
  checkPage(file: string): string[] {
    const root = parseHtml(readFileSync(join(this.build.dir, file), 'utf8'));
    const pageUrl = new URL(urlPathOfFile(file, this.build.base), this.siteOrigin);
    return collectReferences(root).flatMap((reference) => {
      const problem = this.checkReference(reference, file, pageUrl);
      if (problem === undefined) return [];
      const hint =
        file === '404.html' && !/^([a-z][\w+.-]*:|\/|#)/i.test(reference.url)
          ? ' (404.html is served at any missing URL, so its links must be root-relative)'
          : '';
      return [`${file}: ${reference.where} "${reference.url}" ${problem}${hint}`];
    });
  }

  /** Problems with the url()s and @imports of one built stylesheet. */
  checkStylesheet(file: string): string[] {
    const cssUrl = new URL(urlPathOfFile(file, this.build.base), this.siteOrigin);
    const css = readFileSync(join(this.build.dir, file), 'utf8');
    return cssUrls(css).flatMap((url) => {
      const problem = this.checkReference({ url, kind: 'resource', where: 'url()' }, file, cssUrl);
      return problem === undefined ? [] : [`${file}: url("${url}") ${problem}`];
    });
  }

  /** Problems with the URLs of sitemap*.xml (every <loc>) and robots.txt (Sitemap: lines). */
  checkCrawlerFiles(): string[] {
    const files = [...listFiles(this.build.dir, '.xml').filter((f) => /(^|\/)sitemap[^/]*\.xml$/.test(f))];
    if (existsSync(join(this.build.dir, 'robots.txt'))) files.push('robots.txt');
    return files.flatMap((file) => {
      const content = readFileSync(join(this.build.dir, file), 'utf8');
      const pattern = file === 'robots.txt' ? /^sitemap:\s*(\S+)/gim : /<loc>\s*([^<\s]+)\s*<\/loc>/g;
      const fileUrl = new URL(urlPathOfFile(file, this.build.base), this.siteOrigin);
      return [...content.matchAll(pattern)].flatMap(([, url = '']) => {
        const problem = this.checkReference({ url, kind: 'metadata', where: 'url' }, file, fileUrl);
        return problem === undefined ? [] : [`${file}: "${url}" ${problem}`];
      });
    });
  }

  stylesheets(): string[] {
    return listFiles(this.build.dir, '.css');
  }

  checkReference(reference: Reference, file: string, baseUrl: URL): string | undefined {
    const raw = reference.url;
    if (raw === '') return 'is empty';
    if (raw.startsWith('#')) return this.checkFragment(raw.slice(1), file);

    const scheme = /^([a-z][a-z\d+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
    if (scheme === 'data') return reference.kind === 'resource' ? undefined : 'is a data: URL';
    if (scheme === 'mailto' || scheme === 'tel') return reference.kind === 'navigation' ? undefined : `is a ${scheme}: URL`;
    if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return `uses the ${scheme}: scheme`;

    let url: URL;
    try {
      url = new URL(raw, baseUrl);
    } catch {
      return 'is not a valid URL';
    }
    const absolute = scheme !== undefined || raw.startsWith('//');
    if (url.origin !== this.siteOrigin) {
      return `points at another origin (${url.origin}); the site must not depend on other origins`;
    }
    if (absolute && reference.kind !== 'metadata') {
      return 'is an absolute URL to SITE_URL; use a root-relative path so it works on every host';
    }

    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return 'has malformed percent-encoding';
    }
    const target = fileOfUrlPath(this.build.dir, this.build.base, path);
    if ('problem' in target) return target.problem;
    return this.checkFragment(url.hash.slice(1), target.file);
  }

  /** A fragment must name an id in the target; "", "top" and text fragments (:~:text=) need none. */
  checkFragment(encoded: string, file: string): string | undefined {
    let fragment: string;
    try {
      fragment = decodeURIComponent(encoded);
    } catch {
      return 'has a malformed fragment';
    }
    const id = fragment.split(':~:')[0] ?? '';
    if (id === '' || id.toLowerCase() === 'top') return undefined;
    if (!/\.(html|svg)$/.test(file)) return `has fragment #${id} but ${file} is not a document`;
    return this.idsOf(file).has(id) ? undefined : `has fragment #${id}, but no element in ${file} has that id`;
  }

  idsOf(file: string): Set<string> {
    let ids = this.#idsByFile.get(file);
    if (!ids) {
      const root = parseHtml(readFileSync(join(this.build.dir, file), 'utf8'));
      ids = new Set(root.querySelectorAll('[id]').map((element) => element.id));
      this.#idsByFile.set(file, ids);
    }
    return ids;
  }
}
