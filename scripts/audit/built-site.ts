import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { normaliseBase } from '../../src/lib/routes';

/** A built site: its output directory and the base path it is served under. */
export interface Build {
  /** For messages: "default build", "/speech/ build". */
  name: string;
  dir: string;
  base: string;
}

/**
 * Maps between the files of a built site (Astro `build.format: 'directory'`) and the URL
 * paths they are served at, so tests and the benchmark agree on what a "page" is.
 */


/** All files under `dir` whose names end with `extension`, as sorted POSIX paths relative to `dir`. */
export function listFiles(dir: string, extension: string): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(extension)) found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** Every built HTML file of the site in `dir`. */
export function listHtmlFiles(dir: string): string[] {
  return listFiles(dir, '.html');
}

/** A 404 page: 404.html, served for any missing path, and an edition's (zh-hant/404.html, under /zh-hant/). */
export const isNotFoundPage = (file: string): boolean => file === '404.html' || file.endsWith('/404.html');

/**
 * The URL path a built file is served at: "priorities/5/index.html" → "/speech/priorities/5/".
 * A 404 page is served for any missing path under its folder, so it is placed at a deep path that
 * exists nowhere; a relative link in it that only works from the site root then shows up as broken.
 */
export function urlPathOfFile(file: string, base: string): string {
  const prefix = normaliseBase(base);
  if (isNotFoundPage(file)) return `${prefix}${file.slice(0, -'404.html'.length)}__not-found__/deep/path/`;
  if (file === 'index.html') return prefix;
  if (file.endsWith('/index.html')) return prefix + file.slice(0, -'index.html'.length);
  return prefix + file;
}

export type FileLookup = { file: string } | { problem: string };

/**
 * The built file that serves a URL path (already percent-decoded, without query or fragment).
 * Directory URLs must end with a slash (`trailingSlash: 'always'`): "/full" is a problem, not
 * a silent redirect.
 */
export function fileOfUrlPath(dir: string, base: string, urlPath: string): FileLookup {
  const prefix = normaliseBase(base);
  if (`${urlPath}/` === prefix) return { problem: 'lacks the trailing slash (the site uses trailingSlash: "always")' };
  if (!urlPath.startsWith(prefix)) return { problem: `is outside the base path ${prefix}` };
  const inside = urlPath.slice(prefix.length);
  if (inside.split('/').includes('..')) return { problem: 'climbs out of the site with ".."' };
  if (inside === '' || inside.endsWith('/')) {
    const file = `${inside}index.html`;
    return isFile(join(dir, file)) ? { file } : { problem: `has no built page (${file} missing)` };
  }
  if (isFile(join(dir, inside))) return { file: inside };
  if (isFile(join(dir, inside, 'index.html'))) {
    return { problem: 'lacks the trailing slash (the site uses trailingSlash: "always")' };
  }
  return { problem: `has no built file (${inside} missing)` };
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
