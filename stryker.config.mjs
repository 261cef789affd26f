/**
 * `npm run test:mutation`: Stryker mutates the modules below and runs the unit project
 * (vitest.mutation.config.ts) against each mutant, only the tests that cover it (perTest).
 * Not part of `npm test`; the report goes to reports/mutation/.
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants: regular expressions, tables, plugin options) are
  // covered while test files load, so each would re-run the whole suite: three quarters of the
  // run time for under a tenth of the mutants. They are listed as Ignored in the report.
  ignoreStatic: true,
  concurrency: 2,
  mutate: [
    'scripts/import/**/*.ts',
    'scripts/import-speech.ts',
    'scripts/content-lint/**/*.ts',
    'src/search/**/*.ts',
    'src/lib/**/*.ts',
    'src/plugins/**/*.ts',
    'src/browser/**/*.ts',
  ],
  ignorePatterns: ['dist', 'dist-*', 'reports', 'test-results', 'playwright-report', '.astro'],
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false },
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
};
