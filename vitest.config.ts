import { defineConfig } from 'vitest/config';
import { chunkUrlPlugin } from './src/integrations/chunk-url';

/**
 * Three projects: `unit` (plain TypeScript: importer, search core, utilities, lint rules, audit
 * tools, content checks), `components` (.astro components rendered by Astro's Container API,
 * vitest.components.config.ts) and `build` (the built site in dist/ and dist-speech/).
 */
export default defineConfig({
  test: {
    projects: [
      // chunkUrlPlugin: browser modules that load chunks (`import url from './x?chunk'`) run as they are.
      { plugins: [chunkUrlPlugin()], test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] } },
      './vitest.components.config.ts',
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 } },
    ],
  },
});
