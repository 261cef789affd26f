import { describe, expect, it } from 'vitest';
import { collectReferences, cssUrls, parseHtml, srcsetUrls, staticImports } from '../../../scripts/audit/html-refs';
import { page } from './fixture';

describe('collectReferences', () => {
  it('finds navigation, resources and metadata, including inside <noscript>', () => {
    const html = page(
      '<a href="/full/#priority-5">x</a><noscript><a href="../full/">全文</a></noscript>' +
        '<form action="/search/"></form><img src="a.png" srcset="b.png 2x, c.png 3x" alt="">' +
        '<svg><use href="/icons.svg#copy"></use></svg><div style="background:url(/bg.png)"></div>',
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="http://localhost:4321/">' +
        '<meta property="og:url" content="http://localhost:4321/"><script type="module" src="/_astro/a.js"></script>' +
        '<style>body{background:url("/x.svg")}</style>',
    );
    expect(collectReferences(parseHtml(html)).map((r) => `${r.kind} ${r.where} ${r.url}`)).toEqual([
      'resource link[rel=stylesheet][href] /_astro/a.css',
      'metadata link[rel=canonical][href] http://localhost:4321/',
      'metadata meta[og:url] http://localhost:4321/',
      'resource script[src] /_astro/a.js',
      'resource style url() /x.svg',
      'navigation a[href] /full/#priority-5',
      'navigation a[href] ../full/',
      'navigation form[action] /search/',
      'resource img[src] a.png',
      'resource img[srcset] b.png',
      'resource img[srcset] c.png',
      'resource use[href] /icons.svg#copy',
      'resource div[style] url() /bg.png',
    ]);
  });

  it('ignores URLs inside scripts and JSON-LD', () => {
    const html = page('<script>location.href="https://example.com/"</script>', '<script type="application/ld+json">{"url":"https://example.com/"}</script>');
    expect(collectReferences(parseHtml(html))).toEqual([]);
  });
});

describe('srcsetUrls / cssUrls', () => {
  it('reads srcset candidates', () => expect(srcsetUrls(' a.png 1x ,b.png  2x')).toEqual(['a.png', 'b.png']));
  it('reads url() in all quoting styles and @import, not comments', () => {
    expect(cssUrls(`@import "a.css"; p{background:url(b.png)} q{background:url( 'c.png' )} /* url(d.png) */`)).toEqual([
      'b.png',
      'c.png',
      'a.css',
    ]);
  });
});

describe('staticImports', () => {
  it('finds minified static imports and re-exports, not dynamic import()', () => {
    const code = 'import{a as b}from"./chunk.js";import"./side.js";export*from"./re.js";const p=import("/pagefind/pagefind.js");';
    expect(staticImports(code)).toEqual(['./chunk.js', './side.js', './re.js']);
  });
});
