import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFilesOf, readPage, speechBuild } from './support/site';

/**
 * Built with BASE_PATH=/speech/, every page's own links and assets (anchors, stylesheets,
 * icons, scripts, images) carry the prefix. tests/e2e/quality-base-path.spec.ts checks the
 * requests pages make, search included.
 */
describe.each(htmlFilesOf(speechBuild))('/speech/ build: %s', (file) => {
  const root = readPage(speechBuild, file);

  it('every link and asset URL is under /speech/', () => {
    const urls = root
      .querySelectorAll('a[href], link[href], script[src], img[src]')
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '');
    const local = urls.filter((url) => !/^[a-z]+:/i.test(url));
    expect(local).not.toEqual([]);
    expect(local.filter((url) => !url.startsWith('#') && !url.startsWith(speechBuild.base))).toEqual([]);
  });

  it('the icon is /speech/favicon.svg, and it exists', () => {
    const icons = root.querySelectorAll('link[rel="icon"]').map((link) => link.getAttribute('href'));
    expect(icons).toEqual([`${speechBuild.base}favicon.svg`]);
    expect(existsSync(join(speechBuild.dir, 'favicon.svg'))).toBe(true);
  });
});
