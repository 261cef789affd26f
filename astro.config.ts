import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import rehypeSlug from 'rehype-slug';

/**
 * `SITE_URL` and `BASE_PATH` let the same source deploy at a domain root or under a
 * sub-path (GitHub Pages project sites). `OUT_DIR` lets tests build a second variant
 * without overwriting `dist/`.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap()],
  markdown: {
    rehypePlugins: [rehypeSlug],
  },
});
