import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

/**
 * The one real process of the importer's tests (the others call scripts/import/cli.ts
 * in-process, tests/unit/import/cli.test.ts): the entry passes the arguments on, prints to
 * stderr and sets the exit code. `npm run test:mutation` skips it: it runs nothing in-process.
 */
const ROOT = resolve(import.meta.dirname, '../../..');

it('npm run import as a process: exits 1 with the error on stderr, nothing on stdout', { timeout: 60_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'import-speech-'));
  const missing = join(dir, 'missing.txt');
  const run = await new Promise((done) => {
    execFile(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/import-speech.ts', '--source', missing, '--out', join(dir, 'content')], { cwd: ROOT }, (error, stdout, stderr) =>
      done({ code: error?.code ?? 0, stdout, stderr }),
    );
  });
  expect(run).toEqual({
    code: 1,
    stdout: '',
    stderr: expect.stringMatching(new RegExp(`^import-speech: error: ${missing}: cannot read the source .*\\nimport-speech: nothing was written\\.\\n$`)),
  });
  expect(existsSync(join(dir, 'content'))).toBe(false);
  await rm(dir, { recursive: true, force: true });
});
