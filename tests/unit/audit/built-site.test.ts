import { describe, expect, it } from 'vitest';
import { fileOfUrlPath, isNotFoundPage, listHtmlFiles, urlPathOfFile } from '../../../scripts/audit/built-site';
import { page, writeSite } from './fixture';

describe('urlPathOfFile', () => {
  it('maps directory-format files to slash URLs under the base', () => {
    expect(urlPathOfFile('index.html', '/')).toBe('/');
    expect(urlPathOfFile('priorities/5/index.html', '/')).toBe('/priorities/5/');
    expect(urlPathOfFile('priorities/5/index.html', '/speech/')).toBe('/speech/priorities/5/');
    expect(urlPathOfFile('_astro/a.css', '/speech/')).toBe('/speech/_astro/a.css');
  });

  it('places 404.html at a deep path that is no page, an edition’s 404 page under its folder', () => {
    expect(urlPathOfFile('404.html', '/speech/')).toMatch(/^\/speech\/.+\/.+\/$/);
    expect(urlPathOfFile('zh-hant/404.html', '/')).toMatch(/^\/zh-hant\/.+\/.+\/$/);
    expect([isNotFoundPage('404.html'), isNotFoundPage('zh-hant/404.html'), isNotFoundPage('priorities/404/index.html')]).toEqual([true, true, false]);
  });
});

describe('fileOfUrlPath', () => {
  const dir = writeSite({ 'index.html': page(''), 'full/index.html': page(''), '_astro/a.css': 'p{}' });

  it('finds pages and assets', () => {
    expect(fileOfUrlPath(dir, '/', '/')).toEqual({ file: 'index.html' });
    expect(fileOfUrlPath(dir, '/', '/full/')).toEqual({ file: 'full/index.html' });
    expect(fileOfUrlPath(dir, '/speech/', '/speech/_astro/a.css')).toEqual({ file: '_astro/a.css' });
  });

  it('reports a missing trailing slash, a missing page, a path outside the base', () => {
    expect(fileOfUrlPath(dir, '/', '/full')).toEqual({ problem: expect.stringContaining('trailing slash') });
    expect(fileOfUrlPath(dir, '/speech/', '/speech')).toEqual({ problem: expect.stringContaining('trailing slash') });
    expect(fileOfUrlPath(dir, '/', '/about/')).toEqual({ problem: expect.stringContaining('about/index.html') });
    expect(fileOfUrlPath(dir, '/speech/', '/full/')).toEqual({ problem: expect.stringContaining('outside the base') });
  });

  it('lists HTML files sorted', () => {
    expect(listHtmlFiles(dir)).toEqual(['full/index.html', 'index.html']);
  });
});
