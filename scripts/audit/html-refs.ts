import { parse, type HTMLElement } from 'node-html-parser';

/**
 * What a built page points at. `navigation`: where a reader can go (a, area, form);
 * `resource`: what the browser fetches to show the page (scripts, styles, images, icons);
 * `metadata`: URLs for crawlers and share cards (canonical, og:url), which may be absolute.
 */
export type ReferenceKind = 'navigation' | 'resource' | 'metadata';

export interface Reference {
  /** The URL exactly as written in the document. */
  url: string;
  kind: ReferenceKind;
  /** Where it was found, for messages: `a[href]`, `link[rel=stylesheet][href]`, `style url()`. */
  where: string;
}

/**
 * Parse built HTML. `noscript` and `pre` are parsed as markup (node-html-parser keeps them as raw
 * text by default), so links inside a no-JS fallback are checked like any other.
 */
export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false, blockTextElements: { script: true, style: true } });
}

const METADATA_LINK_RELS = new Set(['canonical', 'alternate', 'sitemap', 'author', 'license', 'help', 'search']);
const METADATA_META_KEYS = new Set([
  'og:url',
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'twitter:image',
  'twitter:url',
]);
/** Elements whose `src` (and for some `srcset`/`poster`/`data`) the browser fetches. */
const SOURCE_ATTRIBUTES: Record<string, readonly string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
};

/** Every URL a page refers to, in document order. */
export function collectReferences(root: HTMLElement): Reference[] {
  const references: Reference[] = [];
  const add = (url: string | undefined, kind: ReferenceKind, where: string): void => {
    if (url !== undefined) references.push({ url: url.trim(), kind, where });
  };

  for (const element of root.querySelectorAll('*')) {
    const tag = element.rawTagName?.toLowerCase() ?? '';
    if (tag === 'a' || tag === 'area') add(element.getAttribute('href'), 'navigation', `${tag}[href]`);
    else if (tag === 'form') add(element.getAttribute('action'), 'navigation', 'form[action]');
    else if (tag === 'link') {
      const rels = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const kind = rels.some((rel) => METADATA_LINK_RELS.has(rel)) ? 'metadata' : 'resource';
      add(element.getAttribute('href'), kind, `link[rel=${rels.join(' ')}][href]`);
    } else if (tag === 'meta') {
      const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? '').toLowerCase();
      if (METADATA_META_KEYS.has(key)) add(element.getAttribute('content'), 'metadata', `meta[${key}]`);
      const refresh = (element.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh';
      const target = refresh ? /url\s*=\s*['"]?([^'"]+)/i.exec(element.getAttribute('content') ?? '')?.[1] : undefined;
      add(target, 'navigation', 'meta[http-equiv=refresh]');
    } else if (tag === 'use' || tag === 'image') {
      add(element.getAttribute('href') ?? element.getAttribute('xlink:href'), 'resource', `${tag}[href]`);
    } else if (tag === 'style') {
      for (const url of cssUrls(element.textContent)) add(url, 'resource', 'style url()');
    }
    for (const attribute of SOURCE_ATTRIBUTES[tag] ?? []) {
      const value = element.getAttribute(attribute);
      if (value === undefined) continue;
      const urls = attribute === 'srcset' ? srcsetUrls(value) : [value];
      for (const url of urls) add(url, 'resource', `${tag}[${attribute}]`);
    }
    const inlineStyle = element.getAttribute('style');
    if (inlineStyle !== undefined) {
      for (const url of cssUrls(inlineStyle)) add(url, 'resource', `${tag}[style] url()`);
    }
  }
  return references;
}

/** The URLs of a `srcset` list ("a.png 1x, b.png 2x"). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** URLs a stylesheet fetches: `url(...)` values and `@import "..."`. Comments are ignored. */
export function cssUrls(css: string): string[] {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const urls: string[] = [];
  for (const match of code.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi)) {
    urls.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  for (const match of code.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
    urls.push(match[1] ?? match[2] ?? '');
  }
  return urls.filter((url) => url !== '');
}

/**
 * Static imports and re-exports of an ES module (`import x from "./a.js"`, `import "./b.js"`,
 * `export * from "./c.js"`), as written. Dynamic `import()` is left out on purpose: it loads on
 * demand, not with the page.
 */
export function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  for (const match of code.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g)) {
    if (match[1] !== undefined) specifiers.push(match[1]);
  }
  return specifiers;
}

/** Whether a `<script>` element holds JavaScript the browser runs (not JSON-LD, not a template). */
export function isExecutableScript(script: HTMLElement): boolean {
  const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}
