import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCache, fingerprint } from '../../../src/lib/build-cache';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-cache-'));
  write('src/lib/a.ts', 'export const a = 1;');
  write('content/passages/one.md', '甲。');
  write('astro.config.ts', 'export default {};');
  write('package-lock.json', '{}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('fingerprint', () => {
  it('is the same for the same files, and changes with any byte, file name or new file under the sources', () => {
    const first = fingerprint(root);
    expect(fingerprint(root)).toBe(first);
    write('src/lib/a.ts', 'export const a = 2;');
    const edited = fingerprint(root);
    expect(edited).not.toBe(first);
    write('content/passages/two.md', '乙。');
    const added = fingerprint(root);
    expect(added).not.toBe(edited);
    rmSync(join(root, 'content/passages/two.md'));
    write('content/passages/three.md', '乙。');
    expect(fingerprint(root)).not.toBe(added);
    write('package-lock.json', '{"lockfileVersion":3}');
    expect(fingerprint(root)).not.toBe(added);
  });

  it('changes with the version of Node', () => {
    expect(fingerprint(root)).toBe(fingerprint(root, undefined, process.version));
    expect(fingerprint(root, undefined, 'v24.21.0')).not.toBe(fingerprint(root, undefined, 'v24.22.0'));
  });

  it('is 16 hexadecimal digits, and says what it cannot read', () => {
    expect(fingerprint(root)).toMatch(/^[0-9a-f]{16}$/);
    symlinkSync('loop', join(root, 'loop'));
    expect(() => fingerprint(root, ['src', 'loop'])).toThrow(/ELOOP/);
  });

  it('ignores files outside the sources, and a source that does not exist', () => {
    const first = fingerprint(root);
    write('dist/index.html', '<p>');
    write('README.md', '#');
    expect(fingerprint(root)).toBe(first);
    rmSync(join(root, 'package-lock.json'));
    expect(fingerprint(root)).not.toBe(first);
    expect(fingerprint(root, ['src', 'content', 'astro.config.ts'])).toBe(fingerprint(root));
  });
});

describe('buildCache', () => {
  const files = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : []);

  it('computes a result once; a later build with the same sources reads it from disk', async () => {
    const compute = vi.fn((input: string) => `<${input}>`);
    expect(await buildCache({ root }).text('step', '甲', compute)).toBe('<甲>');
    expect(await buildCache({ root }).text('step', '甲', compute)).toBe('<甲>');
    expect(compute).toHaveBeenCalledTimes(1);
    // Another input, or the same input in another step, is computed on its own.
    expect(await buildCache({ root }).text('step', '乙', compute)).toBe('<乙>');
    expect(await buildCache({ root }).text('other', '甲', (input) => `[${input}]`)).toBe('[甲]');
    expect(compute).toHaveBeenCalledTimes(2);
    expect(files(join(root, 'node_modules/.cache/build')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names an entry by the hash of its input, in a folder named by the fingerprint', async () => {
    await buildCache({ root }).text('step', '甲', () => 'x');
    const [folder] = readdirSync(join(root, 'node_modules/.cache/build'));
    expect(folder).toBe(fingerprint(root));
    expect(readdirSync(join(root, 'node_modules/.cache/build', folder ?? '', 'step'))).toEqual([
      `${createHash('sha256').update('甲').digest('hex')}.txt`,
    ]);
  });

  it('takes the fingerprint once, at its first use: a build keeps one folder to the end', async () => {
    const cache = buildCache({ root });
    await cache.text('step', '甲', () => 'a');
    write('src/lib/a.ts', 'export const a = 2;');
    await cache.text('step', '乙', () => 'b');
    const folders = readdirSync(join(root, 'node_modules/.cache/build'));
    expect(folders).toHaveLength(1);
    expect(readdirSync(join(root, 'node_modules/.cache/build', folders[0] ?? '', 'step'))).toHaveLength(2);
  });

  it('never gives a result made from other sources, and drops the other sources’ results', async () => {
    await buildCache({ root }).text('step', '甲', () => 'old');
    const old = readdirSync(join(root, 'node_modules/.cache/build'));
    write('src/lib/a.ts', 'export const a = 2;');
    expect(await buildCache({ root }).text('step', '甲', () => 'new')).toBe('new');
    const now = readdirSync(join(root, 'node_modules/.cache/build'));
    expect(now).toHaveLength(1);
    expect(now).not.toEqual(old);
  });

  it('awaits an asynchronous computation, and stores nothing when it fails', async () => {
    const cache = buildCache({ root });
    await expect(cache.text('step', '甲', () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(await cache.text('step', '甲', async (input) => `ok ${input}`)).toBe('ok 甲');
  });

  it('when off, computes every time and writes nothing', async () => {
    const compute = vi.fn(() => 'x');
    const cache = buildCache({ root, enabled: false });
    await cache.text('step', '甲', compute);
    await cache.text('step', '甲', compute);
    expect(compute).toHaveBeenCalledTimes(2);
    expect(existsSync(join(root, 'node_modules/.cache/build'))).toBe(false);
  });

  it('keeps its folder where it is told', async () => {
    await buildCache({ root, dir: 'cache-here' }).text('step', '甲', () => 'x');
    expect(files(join(root, 'cache-here')).some((f) => f.endsWith('.txt'))).toBe(true);
  });
});
