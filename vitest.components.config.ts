/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** The `components` test project: Astro's own Vite config, so tests can render .astro files. */
export default getViteConfig(
  { test: { name: 'components', pool: 'threads', include: ['tests/components/**/*.test.ts'], globalSetup: ['tests/components/sync.ts'] } },
  // Dev-mode rendering otherwise adds data-astro-source-file/-loc attributes to every element.
  { devToolbar: { enabled: false }, logLevel: 'warn' },
);
