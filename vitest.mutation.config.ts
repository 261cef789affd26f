import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import unit from './vitest.unit.config';

/**
 * What `npm run test:mutation` runs against each mutant (stryker.config.mjs): the unit project,
 * less the tests that run no mutated code in-process (a spawned process, scans of the file tree),
 * which would only slow every run.
 */
export default mergeConfig(
  unit,
  defineConfig({
    test: {
      exclude: [
        ...configDefaults.exclude,
        'tests/unit/import/cli-process.test.ts',
        'tests/unit/package.test.ts',
        'tests/unit/architecture.test.ts',
      ],
    },
  }),
);
