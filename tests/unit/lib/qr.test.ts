import { describe, expect, it } from 'vitest';
import { QR_PAGES, qrFile, qrHrefs, qrSvg, urlParts } from '../../../src/lib/qr';

describe('qrFile', () => {
  it('names one file per page and per section, under qr/ with the base', () => {
    expect(qrFile('/', '/')).toBe('/qr/home.svg');
    expect(qrFile('/priorities/5/', '/')).toBe('/qr/priorities/5.svg');
    expect(qrFile('/full/', '/')).toBe('/qr/full.svg');
    expect(qrFile('/full/#priority-5', '/')).toBe('/qr/full/priority-5.svg');
    expect(qrFile('/speech/zh-hant/full/#han-zheng', '/speech/')).toBe('/speech/qr/zh-hant/full/han-zheng.svg');
    expect(qrFile('/speech/zh-hant/', '/speech/')).toBe('/speech/qr/zh-hant.svg');
  });

  it('refuses a path outside the base, naming both', () => {
    expect(() => qrFile('/full/', '/speech/')).toThrow('"/full/" is not under the base path "/speech/"');
  });
});

describe('qrHrefs', () => {
  const sections = [
    { path: 'priorities/1/', anchor: 'priority-1' },
    { path: 'passages/han-zheng/', anchor: 'han-zheng' },
  ];

  it('lists every page and /full/ section in both editions, each with a file of its own', () => {
    const hrefs = qrHrefs(sections, '/speech/');
    expect(hrefs).toEqual(expect.arrayContaining(['/speech/', '/speech/zh-hant/passages/han-zheng/', '/speech/full/#priority-1', '/speech/zh-hant/full/#han-zheng']));
    expect(hrefs).toHaveLength(2 * (QR_PAGES.length + 2 * sections.length));
    expect(new Set(hrefs.map((href) => qrFile(href, '/speech/'))).size).toBe(hrefs.length);
  });
});

describe('qrSvg', () => {
  it('draws a square code, dark on light, with a quiet zone of four modules', () => {
    const svg = qrSvg('https://example.org/full/#priority-5');
    const [, size] = /viewBox="0 0 (\d+) \1"/.exec(svg) ?? [];
    expect(size).toBeDefined();
    expect(svg).toContain('fill="white"');
    // uqr draws a module as a 10-unit square; the first dark one (the finder pattern's corner) sits past the border.
    expect(svg).toMatch(/d="M40,40h10v10h-10z/);
  });

  it('differs by URL', () => {
    expect(qrSvg('https://example.org/a/')).not.toBe(qrSvg('https://example.org/b/'));
  });
});

describe('urlParts', () => {
  it('cuts after each slash that ends a part, and joins back to the URL', () => {
    const url = 'http://localhost:4321/zh-hant/full/#priority-5';
    expect(urlParts(url)).toEqual(['http://', 'localhost:4321/', 'zh-hant/', 'full/', '#priority-5']);
    expect(urlParts(url).join('')).toBe(url);
  });
});
