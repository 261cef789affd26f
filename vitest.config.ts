import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (plain TypeScript and client scripts, vitest.unit.config.ts),
 * `components` (.astro components rendered by Astro's Container API,
 * vitest.components.config.ts) and `build` (the built site in dist/ and dist-speech/).
 */
export default defineConfig({
  test: {
    projects: [
      './vitest.unit.config.ts',
      './vitest.components.config.ts',
      { test: { name: 'build', pool: 'threads', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 } },
    ],
  },
});
