import { describe, expect, it } from 'vitest';
import { LinkChecker } from '../../../scripts/audit/link-check';
import { page, writeSite } from './fixture';

const origin = 'http://localhost:4321';

describe('LinkChecker', () => {
  const dir = writeSite({
    'index.html': page(
      '<a href="/full/#priority-5">ok</a><a href="full/#:~:text=%E6%B5%A6%E4%B8%9C">text fragment</a>' +
        '<a href="#top">top</a><a href="/full/#%E7%AC%AC%E4%BA%94">encoded id</a><a href="/search/?q=x">query</a>',
      `<link rel="canonical" href="${origin}/"><link rel="stylesheet" href="/_astro/a.css">`,
    ),
    'full/index.html': page('<section id="priority-5"><h2 id="第五">第五</h2></section>'),
    'search/index.html': page(''),
    'bad/index.html': page(
      '<a href="/full/#priority-9">bad id</a><a href="/full">no slash</a><a href="/about/">missing</a>' +
        '<a href="https://example.com/">external</a><a href="#nowhere">same page</a>' +
        `<a href="${origin}/full/">absolute</a><a href="javascript:void(0)">js</a>`,
    ),
    '404.html': page('<a href="full/">relative</a><a href="/full/">root-relative</a>'),
    '_astro/a.css': 'body{background:url(/missing.png)}',
  });
  const checker = new LinkChecker({ name: 'fixture', dir, base: '/' }, origin);

  it('accepts resolvable links, ids (also percent-encoded), text fragments, #top and canonical URLs', () => {
    expect(checker.checkPage('index.html')).toEqual([]);
  });

  it('reports each broken or external reference with page, element and reason', () => {
    expect(checker.checkPage('bad/index.html')).toEqual([
      expect.stringMatching(/^bad\/index\.html: a\[href\] "\/full\/#priority-9" .*no element in full\/index\.html/),
      expect.stringMatching(/"\/full" lacks the trailing slash/),
      expect.stringMatching(/"\/about\/" has no built page/),
      expect.stringMatching(/"https:\/\/example\.com\/" points at another origin/),
      expect.stringMatching(/"#nowhere" has fragment #nowhere/),
      expect.stringMatching(/absolute URL to SITE_URL/),
      expect.stringMatching(/javascript: scheme/),
    ]);
  });

  it('checks 404.html as served at a missing URL', () => {
    expect(checker.checkPage('404.html')).toEqual([expect.stringContaining('must be root-relative')]);
  });

  it('checks url() in stylesheets', () => {
    expect(checker.stylesheets().flatMap((file) => checker.checkStylesheet(file))).toEqual([
      expect.stringContaining('/missing.png'),
    ]);
  });

  it('checks sitemap <loc> and robots.txt Sitemap: URLs', () => {
    const site = writeSite({
      'index.html': page(''),
      'sitemap-index.xml': `<sitemapindex><sitemap><loc>${origin}/sitemap-0.xml</loc></sitemap></sitemapindex>`,
      'sitemap-0.xml': `<urlset><url><loc>${origin}/</loc></url><url><loc>${origin}/gone/</loc></url></urlset>`,
      'robots.txt': `User-agent: *\nSitemap: https://other.example/sitemap-index.xml\n`,
    });
    expect(new LinkChecker({ name: 'crawl', dir: site, base: '/' }, origin).checkCrawlerFiles()).toEqual([
      expect.stringMatching(/^sitemap-0\.xml: ".*\/gone\/" has no built page/),
      expect.stringMatching(/^robots\.txt: .* points at another origin/),
    ]);
  });

  it('under a base path, rejects URLs outside it', () => {
    const speech = writeSite({ 'index.html': page('<a href="/full/">escapes</a><a href="/speech/">ok</a>') });
    const under = new LinkChecker({ name: 'speech', dir: speech, base: '/speech/' }, origin);
    expect(under.checkPage('index.html')).toEqual([expect.stringContaining('outside the base path /speech/')]);
  });
});
