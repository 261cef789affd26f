import { defineConfig } from 'vitest/config';

/**
 * Four projects: `unit` (plain TypeScript and client scripts, vitest.unit.config.ts),
 * `components` (.astro components rendered by Astro's Container API,
 * vitest.components.config.ts), `build` (the built site in dist/ and dist-speech/) and
 * `engines` (the built site in Firefox and WebKit, one file that shares one browser per engine).
 */
export default defineConfig({
  test: {
    projects: [
      './vitest.unit.config.ts',
      './vitest.components.config.ts',
      { test: { name: 'build', pool: 'threads', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 } },
      {
        test: {
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // WebdriverIO's client logs each command at "info", and a failed one before it throws.
          env: { WDIO_LOG_LEVEL: 'silent' },
        },
      },
    ],
  },
});
