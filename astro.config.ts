import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import chunkUrl from './src/integrations/chunk-url';
import edition404 from './src/integrations/edition-404';
import pagefind from './src/integrations/pagefind';
import siteUrl, { DEFAULT_SITE_URL } from './src/integrations/site-url';
import { readFileSync } from 'node:fs';
import { TRADITIONAL_LANG } from './src/lib/editions';
import { headingPlugins } from './src/plugins/heading';
import { parseTraditional, TRADITIONAL_FILE } from './src/schema/traditional';

/**
 * `SITE_URL` and `BASE_PATH` let the same source deploy at a domain root or under a
 * sub-path (GitHub Pages project sites). `OUT_DIR` lets tests build a second variant
 * without overwriting `dist/`. A build without SITE_URL warns what will point at localhost.
 */
const site = process.env.SITE_URL || DEFAULT_SITE_URL;
const base = process.env.BASE_PATH ?? '/';
const traditional = parseTraditional(readFileSync(TRADITIONAL_FILE, 'utf8'));

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // HTML whitespace rules, not Astro 7's JSX default: a line break between two elements is a space
  // readers hear and copy (上一节 第二 …, 第一 原文缺标题), and the templates are written that way.
  compressHTML: true,
  // Inline the (small) stylesheet: a page is one request, and the CSS budget is met per page.
  // Eight pages render at a time, so one page's file write overlaps the others' rendering.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  // A Content Security Policy on every page (a <meta> Astro writes with the hashes of the page's own
  // inline scripts and styles): nothing runs or loads unless it is ours. Pagefind compiles its
  // WebAssembly in the page when its worker cannot start, hence 'wasm-unsafe-eval'.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [
    siteUrl(),
    // Both editions, each URL with its twin as an alternate (the traditional one under /zh-hant/).
    sitemap({
      i18n: { defaultLocale: 'simplified', locales: { simplified: 'zh-CN', 'zh-hant': TRADITIONAL_LANG[traditional.standard] } },
      // The traditional edition's 404 page is a page only until edition404() moves it to zh-hant/404.html.
      filter: (page) => !page.endsWith('/zh-hant/404/'),
    }),
    edition404(),
    chunkUrl(),
    pagefind(),
  ],
  markdown: {
    // remark and rehype (not Astro 7's default Sätteri, which runs no unified plugins). The same
    // plugins and options build the headings that layouts render (src/plugins/heading.ts). No GFM,
    // no SmartyPants: a passage is plain paragraphs, and the speech's characters reach the page as
    // they are (no "--" or quotes rewritten, no "~" read as strikethrough).
    processor: unified({ rehypePlugins: headingPlugins, gfm: false, smartypants: false }),
    // The speech has no code: no highlighter to load (Shiki's inline styles would need CSP exceptions).
    syntaxHighlight: false,
  },
});
