import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { listHtmlFiles, type Build } from '../../../scripts/audit/built-site';
import { parseHtml } from '../../../scripts/audit/html-refs';

/**
 * The two builds the build tests read: OUT_DIR (default ./dist, base "/") and OUT_DIR-speech
 * (built with BASE_PATH=/speech/), matching `npm run build` and `npm run build:speech`.
 */

const outDir = resolve(process.env['OUT_DIR'] ?? './dist');

export const defaultBuild: Build = { name: 'default build', dir: outDir, base: '/' };
export const speechBuild: Build = { name: '/speech/ build', dir: `${outDir}-speech`, base: '/speech/' };
export const builds: readonly Build[] = [defaultBuild, speechBuild];

/** The configured site URL (astro.config.ts reads the same variable with the same default). */
export const siteUrl = new URL(process.env['SITE_URL'] ?? 'http://localhost:4321');

/** The HTML files of a build; fails with the command to run when the build is missing. */
export function htmlFilesOf(build: Build): string[] {
  if (!existsSync(build.dir)) {
    throw new Error(
      `${build.name}: no built site at ${build.dir}. Run \`npm run build\` and \`npm run build:speech\` first ` +
        '(or set OUT_DIR to the directory you built into).',
    );
  }
  return listHtmlFiles(build.dir);
}

/** A built page, parsed; fails naming the file when it was not built. */
export function readPage(build: Build, file: string): HTMLElement {
  const path = join(build.dir, file);
  if (!existsSync(path)) throw new Error(`${build.name}: ${file} was not built (expected ${path})`);
  return parseHtml(readFileSync(path, 'utf8'));
}

/** Rendered text with whitespace runs collapsed, as a reader sees it. */
export function textOf(element: HTMLElement): string {
  return element.textContent.replace(/\s+/g, ' ').trim();
}
