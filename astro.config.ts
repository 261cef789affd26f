import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import chunkUrl from './src/integrations/chunk-url';
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
  // Inline the (small) stylesheet: a page is one request, and the CSS budget is met per page.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    siteUrl(),
    // Both editions, each URL with its twin as an alternate (the traditional one under /zh-hant/).
    sitemap({ i18n: { defaultLocale: 'simplified', locales: { simplified: 'zh-CN', 'zh-hant': TRADITIONAL_LANG[traditional.standard] } } }),
    chunkUrl(),
    pagefind(),
  ],
  markdown: {
    // The same plugins and options build the headings that layouts render (src/plugins/heading.ts).
    rehypePlugins: headingPlugins,
  },
});
