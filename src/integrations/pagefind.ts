import { readFile, writeFile } from 'node:fs/promises';
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
/**
 * Put before Pagefind's web worker: Pagefind 1.6.0 starts loading its WebAssembly in a constructor
 * and never awaits it, so a broken bundle, besides the failure the search reports to the reader,
 * raises an uncaught "Failed to load the Pagefind WASM" in the worker. The page does the same for
 * Pagefind's main-thread fallback (quietPagefindFailure, src/search/sections.ts).
 */
export const WORKER_PRELUDE =
  'self.addEventListener("unhandledrejection",(e)=>{const r=e.reason;if(r instanceof WebAssembly.RuntimeError||String(r).includes("Pagefind"))e.preventDefault()});\n';

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
          const worker = path.join(outputPath, 'pagefind-worker.js');
          await writeFile(worker, WORKER_PRELUDE + (await readFile(worker, 'utf8')));
          logger.info(`read ${added.page_count} pages, wrote ${path.relative(process.cwd(), outputPath)}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
