import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders of generated or installed files, not the project's own code. */
const SKIP = new Set(['node_modules', '.git', '.astro', '.stryker-tmp', 'reports', 'test-results', 'playwright-report']);

/** The project's own source files (.ts, .mjs, .astro; not build output), relative to `dir`'s root. */
export function sourceFiles(dir = '.'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) || entry.name.startsWith('dist') ? [] : sourceFiles(path);
    return /\.(ts|mjs|astro)$/.test(entry.name) ? [path] : [];
  });
}

const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

/** The module specifiers a source file imports or re-exports from (static and literal dynamic imports). */
export function importSpecifiers(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}
