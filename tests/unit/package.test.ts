import { readFileSync } from 'node:fs';
import { compare, minVersion, satisfies } from 'semver';
import { describe, expect, it } from 'vitest';
import { importSpecifiers, sourceFiles } from '../support/source-files';

/**
 * package.json declares every package the code imports, and nothing it does not use. Tools
 * that run from npm scripts rather than by import are named here with the script that runs them.
 */
const TOOLS: Record<string, string> = {
  '@astrojs/check': 'npm run check (astro check)',
  typescript: 'npm run check (astro check)',
  tsx: 'npm run import, start, bench, lint:content',
  'remark-cli': 'npm run lint:content',
  '@stryker-mutator/core': 'npm run test:mutation',
  '@stryker-mutator/vitest-runner': 'npm run test:mutation (stryker.config.mjs)',
  'happy-dom': 'the DOM of client-script tests (// @vitest-environment happy-dom)',
  '@expo-google-fonts/noto-sans-sc': 'font files the share cards read (src/lib/share-card-render.ts)',
  '@expo-google-fonts/noto-sans-tc': 'font files the share cards read (src/lib/share-card-render.ts)',
};

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string>>;
const declared = Object.keys({ ...manifest['dependencies'], ...manifest['devDependencies'] });

/** Bare specifiers imported by the project's own files, as package names. */
function importedPackages(): Set<string> {
  const packages = new Set<string>();
  for (const file of sourceFiles()) {
    for (const source of importSpecifiers(readFileSync(file, 'utf8'))) {
      if (source.startsWith('.') || source.startsWith('node:') || source.startsWith('astro:') || source.startsWith('/')) continue;
      const parts = source.split('/');
      packages.add(source.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? source));
    }
  }
  return packages;
}

describe('package.json', () => {
  const imported = importedPackages();

  it('declares every package the code imports', () => {
    // Type-only packages (import type … from 'mdast') come from @types/<name>.
    const missing = [...imported].filter((name) => !declared.includes(name) && !declared.includes(`@types/${name}`));
    expect(missing.sort()).toEqual([]);
  });

  it('declares no package that nothing imports or runs', () => {
    const used = (name: string) => imported.has(name) || imported.has(name.replace(/^@types\//, '')) || name in TOOLS;
    const unused = declared.filter((name) => !used(name) && name !== '@types/node');
    expect(unused.sort()).toEqual([]);
  });
});

describe('engines', () => {
  type Manifest = { engines?: { node?: string } };
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  const dependencyRanges = declared
    .map((name) => [name, read(`node_modules/${name}/package.json`).engines?.node] as const)
    .filter((entry): entry is readonly [string, string] => Boolean(entry[1]));

  it('engines.node is the lowest Node every dependency accepts (Astro 7: 22.23.4)', () => {
    const floor = dependencyRanges.map(([, range]) => minVersion(range)?.version ?? '0.0.0').sort(compare).at(-1);
    expect(manifest['engines']?.['node']).toBe(`>=${floor}`);
    expect(satisfies('22.23.4', manifest['engines']?.['node'] ?? '')).toBe(true);
    expect(satisfies('22.23.3', manifest['engines']?.['node'] ?? '')).toBe(false);
  });

  it('the Node running the tests is one every dependency accepts', () => {
    const refused = dependencyRanges.filter(([, range]) => !satisfies(process.versions.node, range));
    expect(refused).toEqual([]);
  });

  it('npm refuses to install on an older Node (engine-strict), and CI brings Node 24 when the machine has an older one', () => {
    expect(readFileSync('.npmrc', 'utf8')).toMatch(/^engine-strict=true$/m);
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toContain('npm install --prefix "$node24" --no-audit --no-fund node@24');
    expect(ci.indexOf('export PATH="$node24/node_modules/.bin:$PATH"')).toBeLessThan(ci.indexOf('npm ci'));
  });
});
