import type { AstroIntegration } from 'astro';

/** What `astro build` uses when SITE_URL is not set (astro.config.ts). */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * The warning for a build without SITE_URL, or undefined when it is set. Absolute URLs are
 * written into the pages at build time, so a build meant for publishing needs the real origin;
 * links that 复制链接 and 复制引用链接 copy come from the address a reader opened.
 */
export function siteUrlWarning(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env['SITE_URL']) return undefined;
  return (
    `SITE_URL is not set, so the site is built for ${DEFAULT_SITE_URL}: canonical URLs (and og:url), ` +
    'the sitemap and robots.txt, the structured data, the example URLs in /about/\'s citation advice, ' +
    'the QR codes and the printed page address without JavaScript will all point at localhost. Set SITE_URL to the origin the site is ' +
    'published at (the GitHub Pages workflow does). Copied links and printed addresses are not affected when JavaScript runs: they use the address the reader opened.'
  );
}

/** Prints the warning at the start of `astro build`. */
export default function siteUrl(): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const warning = command === 'build' ? siteUrlWarning() : undefined;
        if (warning) logger.warn(warning);
      },
    },
  };
}
