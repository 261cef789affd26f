import { defineConfig } from 'vitest/config';
import { chunkUrlPlugin } from './src/integrations/chunk-url';

/**
 * The `unit` test project: plain TypeScript (importer, search core, utilities, lint rules, audit
 * tools, content checks) and the client scripts, those in a DOM (`// @vitest-environment
 * happy-dom` at the top of their test file). The `?chunk` plugin resolves lazily loaded chunks
 * to their source module, as the dev server does. Also the suite `npm run test:mutation` runs.
 * Worker threads start faster than the default child processes (46 s instead of 58 s here).
 */
export default defineConfig({
  plugins: [chunkUrlPlugin()],
  test: { name: 'unit', pool: 'threads', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] },
});
