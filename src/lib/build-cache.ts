import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Results of the build's slow steps (the traditional pages' conversion, the QR codes, the search
 * tables, the citation files), kept on disk between builds as Astro keeps its own under
 * node_modules/.astro. An entry is found by its input and by the fingerprint of everything that
 * could change how it is made: the files under src/ and content/, astro.config.ts,
 * package-lock.json (every dependency's version) and Node's version (its ICU data segments words
 * and decodes GB 2312 for the search tables). So an entry is never stale, only missing: any
 * change to the code, the content or a dependency starts an empty folder (the old one is removed),
 * and the first build after it computes everything again. BUILD_CACHE=0 turns the cache off.
 */
export const BUILD_CACHE_DIR = 'node_modules/.cache/build';

/** What the fingerprint reads, relative to the project root: folders are read whole. */
export const FINGERPRINT_SOURCES = ['src', 'content', 'astro.config.ts', 'package-lock.json'] as const;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Every file under `path` (or `path` itself), sorted; none when it does not exist. */
function filesOf(path: string): string[] {
  try {
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return [path];
    if (code === 'ENOENT') return [];
    throw error;
  }
}

/** The hash of the sources' paths and bytes and of the runtime: equal exactly when every file and the runtime are. */
export function fingerprint(root: string, sources: readonly string[] = FINGERPRINT_SOURCES, runtime: string = process.version): string {
  const hash = createHash('sha256').update(`node ${runtime}\0`);
  for (const file of sources.flatMap((source) => filesOf(join(root, source)))) {
    hash.update(`${relative(root, file)}\0${sha256(readFileSync(file))}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Reads an entry, or undefined when there is none. */
export function readEntry(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes an entry whole: written then renamed, so a build running at the same time never reads half a file. */
export function writeEntry(file: string, data: string | Uint8Array): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

export interface BuildCache {
  /** `compute(input)` for the build step `step`: from the cache, or computed and stored. */
  text(step: string, input: string, compute: (input: string) => string | Promise<string>): Promise<string>;
}

/** A cache under `dir` for the project at `root`; `enabled: false` computes every time and stores nothing. */
export function buildCache({ root = '.', dir = BUILD_CACHE_DIR, enabled = true } = {}): BuildCache {
  let folder: string | undefined;
  /** This source tree's folder; the first use removes the folders of other fingerprints. */
  const current = (): string => {
    if (folder !== undefined) return folder;
    const name = fingerprint(root);
    const cacheDir = join(root, dir);
    try {
      for (const other of readdirSync(cacheDir)) if (other !== name) rmSync(join(cacheDir, other), { recursive: true, force: true });
    } catch {
      // No cache yet.
    }
    folder = join(cacheDir, name);
    return folder;
  };
  return {
    async text(step, input, compute) {
      if (!enabled) return compute(input);
      const file = join(current(), step, `${sha256(input)}.txt`);
      const hit = readEntry(file);
      if (hit !== undefined) return hit.toString('utf8');
      const value = await compute(input);
      writeEntry(file, value);
      return value;
    },
  };
}

/**
 * The build's cache (the project root is where Astro runs). Off in `astro dev`, whose modules
 * change under it while the fingerprint is taken once. (`?.`: scripts run outside Vite import
 * this module too, for its folder's name.)
 */
export const cache: BuildCache = buildCache({ enabled: !import.meta.env?.DEV && process.env['BUILD_CACHE'] !== '0' });
