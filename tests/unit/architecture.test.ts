import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpecifiers, sourceFiles } from '../support/source-files';

/**
 * The folder boundaries: nothing outside tests/ imports from tests/, and the modules of src/
 * and scripts/ import each other without a cycle. Relative imports are resolved the way Vite
 * resolves them (extension optional, `?chunk`, `?raw` and `?inline` suffixes dropped).
 */
const posix = (path: string) => path.split(sep).join('/');

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = normalize(join(dirname(from), specifier.replace(/\?.*$/, '')));
  const found = [base, `${base}.ts`, join(base, 'index.ts')].find((path) => existsSync(path) && statSync(path).isFile());
  if (!found) throw new Error(`${from}: cannot resolve "${specifier}"`);
  return posix(found);
}

/** Every project file with the project files it imports. */
const graph = new Map(
  sourceFiles().map((file) => [
    posix(file),
    importSpecifiers(readFileSync(file, 'utf8')).flatMap((specifier) => resolveImport(file, specifier) ?? []),
  ]),
);

/** Cycles among `files`, each as the path that closes it. */
function cycles(files: readonly string[]): string[][] {
  const inScope = new Set(files);
  const done = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string, path: string[]): void => {
    const at = path.indexOf(file);
    if (at >= 0) return void found.push([...path.slice(at), file]);
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) if (inScope.has(next)) visit(next, [...path, file]);
    done.add(file);
  };
  for (const file of files) visit(file, []);
  return found;
}

describe('imports', () => {
  it('nothing outside tests/ imports from tests/', () => {
    const wrong = [...graph].flatMap(([file, imports]) =>
      file.startsWith('tests/') ? [] : imports.filter((target) => target.startsWith('tests/')).map((target) => `${file} → ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('src/ and scripts/ have no import cycle', () => {
    const modules = [...graph.keys()].filter((file) => file.startsWith('src/') || file.startsWith('scripts/'));
    expect(graph.get('scripts/import/pipeline.ts'), 'the graph has the importer’s edges').toContain('scripts/import/priorities.ts');
    expect(cycles(modules).map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
