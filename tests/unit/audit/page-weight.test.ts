import { describe, expect, it } from 'vitest';
import { gzipSize, isPagefindUrl, measurePage } from '../../../scripts/audit/page-weight';
import { page, writeSite } from './fixture';

describe('measurePage', () => {
  const script = 'import{x}from"./shared.js";x();const search=()=>import("/pagefind/pagefind.js");';
  const dir = writeSite({
    'priorities/5/index.html': page(
      '<script>document.documentElement.dataset.js=""</script><script type="application/ld+json">{"a":1}</script>',
      '<style>p{color:red}</style><link rel="stylesheet" href="../../_astro/a.css"><link rel="icon" href="/favicon.svg">' +
        '<script type="module" src="/_astro/page.js"></script><link rel="prefetch" href="/pagefind/pagefind.js">',
    ),
    'broken/index.html': page('', '<script src="/missing.js"></script><link rel="stylesheet" href="https://cdn.example/a.css">'),
    '_astro/a.css': 'body{margin:0}',
    '_astro/page.js': script,
    '_astro/shared.js': 'export const x=()=>1;',
    'favicon.svg': '<svg></svg>',
  });

  it('counts inline and linked CSS, inline and imported JS, and no icons', () => {
    const weight = measurePage(dir, '/', 'priorities/5/index.html');
    expect(weight.loaded.map((f) => [f.url, f.kind])).toEqual([
      ['/_astro/a.css', 'css'],
      ['/_astro/page.js', 'js'],
      ['/_astro/shared.js', 'js'],
    ]);
    expect(weight.css.raw).toBe('p{color:red}'.length + 'body{margin:0}'.length);
    expect(weight.js.raw).toBe('document.documentElement.dataset.js=""'.length + script.length + 'export const x=()=>1;'.length);
    expect(weight.js.gzip).toBe(
      gzipSize('document.documentElement.dataset.js=""') + gzipSize(script) + gzipSize('export const x=()=>1;'),
    );
    expect(weight.firstLoad.gzip).toBe(weight.html.gzip + weight.loaded.reduce((sum, f) => sum + f.bytes.gzip, 0));
    expect(weight.prefetched).toEqual(['/pagefind/pagefind.js']);
    expect(weight.problems).toEqual([]);
  });

  it('reports resources it cannot measure', () => {
    const weight = measurePage(dir, '/', 'broken/index.html');
    expect(weight.problems).toEqual([
      expect.stringContaining('/missing.js'),
      expect.stringContaining('another origin'),
    ]);
  });
});

describe('isPagefindUrl', () => {
  it.each(['/pagefind/pagefind.js', '/speech/pagefind/wasm.zh.pagefind', '/pagefind-ui.css'])('%s is Pagefind', (url) =>
    expect(isPagefindUrl(url)).toBe(true),
  );
  it.each(['/_astro/search.js', '/priorities/5/'])('%s is not', (url) => expect(isPagefindUrl(url)).toBe(false));
});
