import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../../scripts/import/cli';
import { readContent } from '../../support/content';
import { priorities, source, TITLE, validSpeech } from './synthetic';

const ROOT = resolve(import.meta.dirname, '../../..');
const temps: string[] = [];

afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'import-speech-'));
  temps.push(dir);
  return dir;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command in-process, its output collected as a process would print it. */
async function runImport(...args: string[]): Promise<Run> {
  const lines = { stdout: [] as string[], stderr: [] as string[] };
  const code = await importCommand(args, { log: (line) => lines.stdout.push(line), error: (line) => lines.stderr.push(line) });
  const text = (printed: string[]) => printed.map((line) => `${line}\n`).join('');
  return { code, stdout: text(lines.stdout), stderr: text(lines.stderr) };
}


/** Every file under dir (relative path → content). */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f.slice(dir.length + 1), await readFile(f, 'utf8')])));
}

describe('npm run import (CLI)', () => {
  it('writes the committed content, and a second run changes no byte', async () => {
    const { passages, speech } = readContent();
    const out = join(await tempDir(), 'content');
    const first = await runImport('--out', out);
    expect(first).toEqual({
      code: 0,
      stderr: '',
      stdout:
        `import-speech: wrote ${passages.length} passages and speech.json to ${out}/ ` +
        `(${speech.removed.length} repeated paragraphs dropped, ${speech.joined.length} cut sentences joined)\n`,
    });
    const written = await snapshot(out);
    expect(Object.keys(written)).toHaveLength(passages.length + 1);
    expect(written).toEqual(await snapshot(join(ROOT, 'content')).then((all) => {
      delete all['source/speech.txt'];
      // Reviewed by hand, not written by the importer.
      delete all['traditional.json'];
      delete all['pinyin.json'];
      return all;
    }));

    const second = await runImport('--out', out);
    expect(second).toEqual({ code: 0, stderr: '', stdout: `import-speech: ${out}/ is up to date (${passages.length} passages)\n` });
    expect(await snapshot(out)).toEqual(written);
  });

  it('replaces the passages directory, removing stale files, and leaves no temporary directory', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'speech.txt'), source(...validSpeech()));
    await mkdir(join(dir, 'content/passages'), { recursive: true });
    await writeFile(join(dir, 'content/passages/priority-8.md'), 'stale');
    expect((await runImport('--source', join(dir, 'speech.txt'), '--out', join(dir, 'content'))).code).toBe(0);
    expect((await readdir(join(dir, 'content'))).sort()).toEqual(['passages', 'speech.json']);
    expect(await readdir(join(dir, 'content/passages'))).not.toContain('priority-8.md');
    expect(await readdir(join(dir, 'content/passages'))).toHaveLength(9);
  });

  it('is not up to date while a passage file differs or an extra one is there, and then rewrites them', async () => {
    const dir = await tempDir();
    const args = ['--source', join(dir, 'speech.txt'), '--out', join(dir, 'content')];
    await writeFile(join(dir, 'speech.txt'), source(...validSpeech()));
    expect((await runImport(...args)).code).toBe(0);
    const written = await snapshot(join(dir, 'content'));
    await writeFile(join(dir, 'content/passages/priority-3.md'), 'changed');
    expect((await runImport(...args)).stdout).toMatch(/^import-speech: wrote 9 passages/);
    await writeFile(join(dir, 'content/passages/extra.md'), 'stale');
    expect((await runImport(...args)).stdout).toMatch(/^import-speech: wrote 9 passages/);
    expect(await snapshot(join(dir, 'content'))).toEqual(written);
    expect((await runImport(...args)).stdout).toMatch(/is up to date/);
  });

  it('names the source without a line for a problem of the whole file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'speech.txt'), '\n\n');
    const run = await runImport('--source', join(dir, 'speech.txt'), '--out', join(dir, 'content'));
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `import-speech: error: ${join(dir, 'speech.txt')}: no title: the source is empty\nimport-speech: nothing was written.\n`,
    });
  });

  describe.concurrent('on input it cannot account for: exits non-zero, names the problem and line, writes nothing', () => {
    it.each([
      ['no title', ['第一，标题1。正文1。', ...priorities(2, 7)], /speech\.txt:2: no title: the first paragraph ends a sentence/],
      ['a priority number twice with different text', [TITLE, ...priorities(1, 7), '第三，别的标题。不同。'], /speech\.txt:18: priority 第三 appears twice with different text \(lines 8 and 18\)/],
      ['text it would have to drop', [...validSpeech(), '正文4。新句子。'], /speech\.txt:22: paragraph repeats the sentence "正文4。" from line 10/],
      ['an unfinished last paragraph', [...validSpeech(), '甲要'], /speech\.txt:22: the last paragraph ends in the middle of a sentence/],
      ['a missing priority', [TITLE, ...priorities(1, 3), ...priorities(5, 7)], /speech\.txt:10: priority 第四 is missing/],
      ['a passage not in the table', [...validSpeech(), '李强表示，好。'], /speech\.txt:22: no entry in scripts\/import\/other-passages\.ts matches .*add an entry/],
    ])('%s', async (_, paragraphs, message) => {
      const dir = await tempDir();
      const out = join(dir, 'content');
      await cp(join(ROOT, 'content/passages'), join(out, 'passages'), { recursive: true });
      await writeFile(join(out, 'speech.json'), '{"title": "untouched"}\n');
      await writeFile(join(dir, 'speech.txt'), source(...paragraphs));
      const before = await snapshot(out);

      const run = await runImport('--source', join(dir, 'speech.txt'), '--out', out);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toMatch(/nothing was written/);
      expect(run.stdout).toBe('');
      expect(await snapshot(out)).toEqual(before);
      expect(await readdir(out)).toEqual(expect.arrayContaining(['passages', 'speech.json']));
      expect(await readdir(out)).toHaveLength(2);
    });

    it('a source file that cannot be read', async () => {
      const dir = await tempDir();
      const run = await runImport('--source', join(dir, 'missing.txt'), '--out', join(dir, 'content'));
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/missing\.txt: cannot read the source/);
      expect(existsSync(join(dir, 'content'))).toBe(false);
    });
  });
});
