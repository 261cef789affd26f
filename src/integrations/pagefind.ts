import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index over the finished site in `astro:build:done`, so `astro build`
 * alone produces a searchable site. Only elements marked `data-pagefind-body` are indexed
 * (the section pages); Pagefind skips every page without one. Search loads every section
 * (src/search/sections.ts), so all fragments go into one file: one request, not one per section.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const outputPath = path.join(siteDir, 'pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({ maxFragments: 1 });
          if (!index) throw new Error(`pagefind createIndex: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: siteDir });
          if (added.errors.length) throw new Error(`pagefind addDirectory ${siteDir}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`pagefind writeFiles ${outputPath}: ${written.errors.join('; ')}`);
          logger.info(`read ${added.page_count} pages, wrote ${path.relative(process.cwd(), outputPath)}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
