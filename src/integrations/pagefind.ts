import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { transformWithEsbuild, type Plugin } from 'vite';

/**
 * Builds the Pagefind index over the finished site in `astro:build:done`, so `astro build`
 * alone produces a searchable site. Only elements marked `data-pagefind-body` are indexed
 * (the section pages); Pagefind skips every page without one.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // The search UI is bundled through Vite's `?worker&url` import (see
        // src/components/SearchButton.astro): ES format lets it run as a main-thread module
        // too. Those bundles are built from Astro's server build, which does not minify.
        updateConfig({ vite: { worker: { format: 'es', plugins: () => [minifyChunks()] } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const outputPath = path.join(siteDir, 'pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`createIndex: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: siteDir });
          if (added.errors.length) throw new Error(`addDirectory ${siteDir}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`writeFiles ${outputPath}: ${written.errors.join('; ')}`);
          logger.info(`read ${added.page_count} pages, wrote ${path.relative(process.cwd(), outputPath)}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

function minifyChunks(): Plugin {
  return {
    name: 'search:minify-chunks',
    apply: 'build',
    async renderChunk(code, chunk) {
      const { code: minified, map } = await transformWithEsbuild(code, chunk.fileName, { minify: true, format: 'esm', charset: 'utf8' });
      return { code: minified, map };
    },
  };
}
