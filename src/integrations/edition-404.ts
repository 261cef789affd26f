import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the traditional edition's 404 page is built, and where static hosts look for it. */
export const TRADITIONAL_404 = { built: 'zh-hant/404/index.html', served: 'zh-hant/404.html' } as const;

/**
 * Astro writes only the root's 404 as 404.html; the traditional edition's (src/pages/zh-hant/404.astro)
 * comes out as a page of its own, zh-hant/404/index.html. This moves it where a 404 page belongs.
 */
export default function edition404(): AstroIntegration {
  return {
    name: 'edition-404',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await rename(fileURLToPath(new URL(TRADITIONAL_404.built, dir)), fileURLToPath(new URL(TRADITIONAL_404.served, dir)));
        await rmdir(fileURLToPath(new URL('zh-hant/404/', dir)));
      },
    },
  };
}
