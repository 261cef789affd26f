import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import unit from './vitest.unit.config';

/**
 * What `npm run test:mutation` runs against each mutant (stryker.config.mjs): the unit project,
 * less the tests that run no mutated code in-process (a spawned process, scans of the file tree),
 * which would only slow every run. Each test file in a fresh module graph, so a mutant's effect
 * cannot leak from one file into another.
 */
export default mergeConfig(
  unit,
  defineConfig({
    test: {
      isolate: true,
      exclude: [
        ...configDefaults.exclude,
        'tests/unit/import/cli-process.test.ts',
        'tests/unit/package.test.ts',
        'tests/unit/architecture.test.ts',
      ],
    },
  }),
);
