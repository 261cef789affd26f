import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * `import url from './module.ts?chunk'` gives the URL of `module.ts` bundled as a chunk of its
 * own (minified, hashed, its imports shared with the rest of the client build), without
 * importing it. Page scripts then stay free of imports, so Astro inlines them, and load the
 * chunk with `import(url)` when a reader needs it. A plain `import()` would instead add Vite's
 * preload helper and an external module to every page.
 */
const QUERY = '?chunk';
/** Stands for the chunk's URL until file names are known; the number indexes `references`. */
const PLACEHOLDER = /__CHUNK_URL_(\d+)__/g;

export function chunkUrlPlugin(): Plugin {
  let config: ResolvedConfig;
  // Rollup's reference ids may hold characters such as "$", so placeholders carry an index.
  const references: string[] = [];
  return {
    name: 'chunk-url',
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true });
      return resolved ? `\0${resolved.id}${QUERY}` : null;
    },
    load(id) {
      if (!id.startsWith('\0') || !id.endsWith(QUERY)) return null;
      const module = id.slice(1, -QUERY.length);
      // The dev server serves source modules at their path; a build emits a chunk.
      if (config.command === 'serve') return `export default ${JSON.stringify(config.base + relative(config.root, module))};`;
      references.push(this.emitFile({ type: 'chunk', id: module }));
      return `export default "__CHUNK_URL_${references.length - 1}__";`;
    },
    renderChunk(code) {
      if (!code.includes('__CHUNK_URL_')) return null;
      const url = (_: string, index: string) => config.base + this.getFileName(references[Number(index)] ?? '');
      return { code: code.replace(PLACEHOLDER, url), map: null };
    },
  };
}

/** The Astro integration that adds the plugin to the client build. */
export default function chunkUrl(): AstroIntegration {
  return {
    name: 'chunk-url',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [chunkUrlPlugin()] } });
      },
    },
  };
}
