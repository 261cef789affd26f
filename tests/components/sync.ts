import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * Component tests render with `astro:content`, which under Vitest reads .astro/data-store.json:
 * `astro sync` writes it. Inside Astro's Vite config a bare 'astro' import resolves to a
 * runtime module, so the package's Node entry is loaded by path.
 */
export default async function setup(): Promise<void> {
  const entry = createRequire(import.meta.url).resolve('astro');
  const { sync } = (await import(pathToFileURL(entry).href)) as typeof import('astro');
  await sync({ root: process.cwd(), logLevel: 'warn', cacheDir: './.astro' });
}
