import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { fileOfUrlPath, urlPathOfFile } from './built-site';
import { isExecutableScript, parseHtml, staticImports } from './html-refs';

/**
 * Deterministic byte weight of a built page: what the browser fetches and runs when the page
 * loads, measured from the files (gzip level 9), not from a timed browser run. Shared by the
 * budget test (tests/build/budgets.test.ts) and the benchmark (scripts/bench.ts).
 */

/** A stand-in origin for resolving a page's relative URLs; any URL that leaves it is external. */
const SITE_ORIGIN = 'http://site.invalid';

export interface Bytes {
  raw: number;
  gzip: number;
}

export type LoadedKind = 'css' | 'js' | 'other';

export interface LoadedFile {
  /** Resolved URL path, e.g. "/_astro/index.B1x.css". */
  url: string;
  kind: LoadedKind;
  bytes: Bytes;
  /** How the page pulls it in: `link[rel=stylesheet]`, `script[src]`, `import from /_astro/a.js`. */
  via: string;
}

export interface PageWeight {
  /** Built file, relative to the output directory. */
  file: string;
  html: Bytes;
  /** Inline `<style>` plus linked stylesheets. */
  css: Bytes;
  /** Inline executable scripts plus external scripts and their static imports. */
  js: Bytes;
  /** HTML plus every file fetched on load (stylesheets, scripts, imports, preloads); not icons or images. */
  firstLoad: Bytes;
  /** External files fetched on load, in discovery order. */
  loaded: LoadedFile[];
  /** Files the page asks the browser to prefetch at idle (`link[rel=prefetch]`). */
  prefetched: string[];
  /** Resources fetched on load that could not be measured (missing file, another origin). */
  problems: string[];
}

/** Size of `data` gzip-compressed at level 9, the budget's unit. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).length;
}

export function bytesOf(data: string | Uint8Array): Bytes {
  const raw = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  return { raw, gzip: raw === 0 ? 0 : gzipSize(data) };
}

export function addBytes(...all: Bytes[]): Bytes {
  return all.reduce((sum, b) => ({ raw: sum.raw + b.raw, gzip: sum.gzip + b.gzip }), { raw: 0, gzip: 0 });
}

/** Any part of Pagefind: its scripts, WebAssembly, index and fragments live under /pagefind/. */
export function isPagefindUrl(url: string): boolean {
  return /(^|\/)pagefind([/._-]|$)/i.test(url);
}

/** Measure one built page (`file` relative to `dir`, served under `base`). */
export function measurePage(dir: string, base: string, file: string): PageWeight {
  const html = readFileSync(join(dir, file), 'utf8');
  const root = parseHtml(html);
  const pageUrl = new URL(urlPathOfFile(file, base), SITE_ORIGIN);
  const loaded: LoadedFile[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();

  const load = (href: string, kind: LoadedKind, via: string, from: URL): void => {
    const url = new URL(href, from);
    if (url.origin !== SITE_ORIGIN) {
      problems.push(`${via} ${href}: fetched from another origin`);
      return;
    }
    const path = decodeURIComponent(url.pathname);
    if (seen.has(path)) return;
    seen.add(path);
    const found = fileOfUrlPath(dir, base, path);
    if ('problem' in found) {
      problems.push(`${via} ${href}: ${found.problem}`);
      return;
    }
    const content = readFileSync(join(dir, found.file));
    loaded.push({ url: path, kind, bytes: bytesOf(content), via });
    if (kind === 'js') followImports(content.toString('utf8'), url);
  };
  const followImports = (code: string, from: URL): void => {
    for (const specifier of staticImports(code)) load(specifier, 'js', `import from ${from.pathname}`, from);
  };

  const inlineCss: string[] = [];
  const inlineJs: string[] = [];
  const prefetched: string[] = [];
  for (const element of root.querySelectorAll('style, script, link')) {
    const tag = element.rawTagName.toLowerCase();
    if (tag === 'style') inlineCss.push(element.textContent);
    else if (tag === 'script') measureScript(element);
    else measureLink(element);
  }

  function measureScript(script: HTMLElement): void {
    if (!isExecutableScript(script)) return;
    const src = script.getAttribute('src');
    if (src !== undefined) load(src, 'js', 'script[src]', pageUrl);
    else {
      inlineJs.push(script.textContent);
      if (script.getAttribute('type') === 'module') followImports(script.textContent, pageUrl);
    }
  }

  function measureLink(link: HTMLElement): void {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href');
    if (href === undefined) return;
    if (rels.includes('stylesheet')) load(href, 'css', 'link[rel=stylesheet]', pageUrl);
    else if (rels.includes('modulepreload')) load(href, 'js', 'link[rel=modulepreload]', pageUrl);
    else if (rels.includes('preload')) {
      const as = link.getAttribute('as');
      load(href, as === 'script' ? 'js' : as === 'style' ? 'css' : 'other', `link[rel=preload][as=${as}]`, pageUrl);
    } else if (rels.includes('prefetch')) prefetched.push(new URL(href, pageUrl).pathname);
  }

  const total = (kind: LoadedKind) => addBytes(...loaded.filter((f) => f.kind === kind).map((f) => f.bytes));
  const htmlBytes = bytesOf(html);
  return {
    file,
    html: htmlBytes,
    css: addBytes(bytesOf(inlineCss.join('\n')), total('css')),
    js: addBytes(bytesOf(inlineJs.join('\n')), total('js')),
    firstLoad: addBytes(htmlBytes, ...loaded.map((f) => f.bytes)),
    loaded,
    prefetched,
    problems,
  };
}
