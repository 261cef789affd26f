import { defineConfig } from 'vitest/config';
import { chunkUrlPlugin } from './src/integrations/chunk-url';

/**
 * The `unit` test project: plain TypeScript (importer, search core, utilities, lint rules, audit
 * tools, content checks) and the client scripts, those in a DOM (`// @vitest-environment
 * happy-dom` at the top of their test file). The `?chunk` plugin resolves lazily loaded chunks
 * to their source module, as the dev server does. Also the suite `npm run test:mutation` runs.
 * Test files share their worker's module cache (`isolate: false`): each file would otherwise load
 * the same modules again (40 s instead of 58 s here). Files that need a fresh module import it
 * after vi.resetModules(); the mutation run (vitest.mutation.config.ts) isolates every file.
 */
export default defineConfig({
  plugins: [chunkUrlPlugin()],
  test: { name: 'unit', isolate: false, include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] },
});
