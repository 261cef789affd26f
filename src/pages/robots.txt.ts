import type { APIRoute } from 'astro';
import { withBase } from '../lib/routes';

/** robots.txt: everything may be crawled; the sitemap index (from @astrojs/sitemap) by absolute URL. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.ts: field "site": robots.txt needs an absolute site URL (SITE_URL)');
  const sitemap = new URL(withBase('sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
