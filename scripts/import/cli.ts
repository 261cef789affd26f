/**
 * The `npm run import` command (entry: scripts/import-speech.ts), callable in-process so tests
 * run it without spawning a process:
 *
 *   npm run import [-- --source <speech.txt>] [-- --out <content dir>]
 *
 * Rebuilds content/passages/*.md and content/speech.json from the source, all or nothing:
 * everything is computed and validated in memory, written into a temporary directory next to
 * the target, then swapped in. On any problem it returns a non-zero exit code and writes nothing.
 */
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError } from './errors';
import { importSpeech } from './pipeline';

const PASSAGES_DIR = 'passages';

/** Where the command reports: standard output and standard error of the process. */
export interface Output {
  log(line: string): void;
  error(line: string): void;
}

async function readIfExists(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch(() => undefined);
}

/** True when the content directory already holds exactly these files (and no stale passages). */
async function isUpToDate(out: string, files: ReadonlyMap<string, string>): Promise<boolean> {
  const present = await readdir(join(out, PASSAGES_DIR)).catch(() => []);
  if (present.length !== [...files.keys()].filter((f) => f.startsWith(`${PASSAGES_DIR}/`)).length) return false;
  for (const [path, text] of files) {
    if ((await readIfExists(join(out, path))) !== text) return false;
  }
  return true;
}

/** Write passages into a fresh directory and swap it in, so stale files go and readers never see half a set. */
async function writeContent(out: string, files: ReadonlyMap<string, string>): Promise<void> {
  await mkdir(out, { recursive: true });
  const staging = await mkdtemp(join(out, `.${PASSAGES_DIR}-new-`));
  const target = join(out, PASSAGES_DIR);
  const retired = join(out, `.${PASSAGES_DIR}-old-${process.pid}`);
  try {
    await mkdir(join(staging, PASSAGES_DIR));
    for (const [path, text] of files) await writeFile(join(staging, path), text);
    const hadPassages = await rename(target, retired).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    try {
      await rename(join(staging, PASSAGES_DIR), target);
    } catch (error) {
      if (hadPassages) await rename(retired, target);
      throw error;
    }
    for (const path of files.keys()) {
      if (dirname(path) !== PASSAGES_DIR) await rename(join(staging, path), join(out, path));
    }
    await rm(retired, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function run(args: readonly string[], output: Output): Promise<void> {
  const { values } = parseArgs({
    args: [...args],
    options: { source: { type: 'string', default: 'content/source/speech.txt' }, out: { type: 'string', default: 'content' } },
  });
  const { source, out } = values;
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    throw new Error(`${source}: cannot read the source (${(error as Error).message})`);
  }
  let result;
  try {
    result = importSpeech(text);
  } catch (error) {
    if (error instanceof ImportError) throw new Error(`${source}${error.line ? `:${error.line}` : ''}: ${error.message}`);
    throw error;
  }
  const { files, speech, passages } = result;
  const relativeOut = relative(process.cwd(), out) || '.';
  const where = relativeOut.startsWith('..') ? out : relativeOut;
  if (await isUpToDate(out, files)) {
    output.log(`import-speech: ${where}/ is up to date (${passages.length} passages)`);
    return;
  }
  await writeContent(out, files);
  output.log(
    `import-speech: wrote ${passages.length} passages and speech.json to ${where}/ ` +
      `(${speech.removed.length} repeated paragraphs dropped, ${speech.joined.length} cut sentences joined)`,
  );
}

/** Run the import with command-line `args`; returns the process exit code (0: done or up to date). */
export async function importCommand(args: readonly string[], output: Output = console): Promise<number> {
  try {
    await run(args, output);
    return 0;
  } catch (error) {
    output.error(`import-speech: error: ${error instanceof Error ? error.message : String(error)}`);
    output.error('import-speech: nothing was written.');
    return 1;
  }
}
