/**
 * `npm run bench`: what the built site costs a reader. Run it after `npm run build`; it
 * measures the build in OUT_DIR (default ./dist, served under BASE_PATH, default /) and prints:
 *   - bytes per page (HTML, CSS, JS, first load; raw and gzip level 9),
 *   - the Pagefind index size on disk,
 *   - the first search's transfer bytes and the median keystroke-to-results time (in Chromium,
 *     against `npm start`'s server, scripts/preview-server.ts, on a free port),
 *   - Lighthouse's four category scores (mobile) on /, a priority page, /full/ and a shared
 *     search link (/search/?q=生态环境); performance is the median of LIGHTHOUSE_RUNS runs (3).
 * First it times `astro build` (into the same OUT_DIR) BUILD_RUNS times (5): the median, and where
 * the time goes (start-up and config, the content layer, Vite's bundles, rendering the pages, of
 * which the share cards; the integrations: sitemap and Pagefind). The first run starts with empty
 * caches (share cards, build cache: src/lib/build-cache.ts) and is shown on its own; the others
 * read them, as a second build does. `--no-build` measures the build already there;
 * `--no-lighthouse` skips Lighthouse.
 * It prints numbers; the budgets are asserted by tests/build/budgets.test.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { normaliseBase } from '../src/lib/routes';
import { BUILD_CACHE_DIR } from '../src/lib/build-cache';
import { CACHE_DIR } from '../src/lib/share-card-render';
import { listHtmlFiles, urlPathOfFile } from './audit/built-site';
import { measurePage, type Bytes } from './audit/page-weight';
import { CATEGORIES, runLighthouse } from './audit/lighthouse';
import { benchSearch, searchIndexSize, type SearchWeight } from './audit/search-weight';
import { startPreview } from './preview-server';

const outDir = resolve(process.env['OUT_DIR'] ?? './dist');
const base = normaliseBase(process.env['BASE_PATH'] ?? '/');
const packageJson = (name: string) => JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
const astroBin = resolve('node_modules/astro', packageJson('astro').bin['astro'] ?? 'bin/astro.mjs');

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) await timeBuilds(Number(process.env['BUILD_RUNS'] ?? 5));
  if (!existsSync(outDir)) {
    throw new Error(`No built site at ${outDir}: run \`npm run build\` first (or \`npm run bench -- --build\`).`);
  }
  printPages();
  await printSearch();
  if (!process.argv.includes('--no-lighthouse')) await printLighthouse();
}

/** Astro's log lines that start each phase of a build, in order (matched on the uncoloured text). */
const BUILD_PHASES = [
  { phase: 'start-up: Node, Astro, astro.config.ts', until: /\[(site-url|content)\]|Syncing content/ },
  { phase: 'content layer and its types', until: /Building static entrypoints/ },
  { phase: 'Vite: the prerender bundle, client scripts', until: /generating static routes/ },
  { phase: 'rendering the pages (both editions)', until: /\[@astrojs\/sitemap\]/ },
  { phase: 'integrations: sitemap, Pagefind index', until: /page\(s\) built in/ },
  { phase: 'exit', until: null },
] as const;

/** What one `astro build` took: wall time, the milliseconds at which each phase ended, and the share cards' time (within rendering). */
interface BuildRun {
  ms: number;
  phases: number[];
  cards: number;
}

/** The share cards' time in a build's log: both editions render side by side, so the longest. */
function shareCardMs(log: string): number {
  return Math.max(0, ...[...log.matchAll(/\[share-cards\] \w+: \d+ cards in (\d+) ms/g)].map((m) => Number(m[1])));
}

/** One `astro build`. */
function runBuild(): Promise<BuildRun> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const ends: number[] = [];
    const child = spawn(process.execPath, [astroBin, 'build'], {
      env: { ...process.env, OUT_DIR: outDir, BASE_PATH: base, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      for (;;) {
        const next = BUILD_PHASES[ends.length]?.until;
        if (!next || !next.test(log)) break;
        ends.push(performance.now() - started);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (code !== 0) return fail(new Error(`astro build failed (exit ${code ?? signal ?? '?'}):\n${log}`));
      const ms = performance.now() - started;
      while (ends.length < BUILD_PHASES.length) ends.push(ms);
      done({ ms, phases: ends, cards: shareCardMs(log) });
    });
  });
}

async function timeBuilds(runs: number): Promise<void> {
  const builds: BuildRun[] = [];
  // The first run starts with empty caches (share cards, build cache): what a fresh clone or a
  // changed source costs; the others read what it stored, as a reader's second build does.
  rmSync(CACHE_DIR, { recursive: true, force: true });
  rmSync(BUILD_CACHE_DIR, { recursive: true, force: true });
  for (let run = 0; run < runs; run++) builds.push(await runBuild());
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  section(`Build: astro build, both editions and the Pagefind index (${runs} runs; median)`);
  printTable([
    { measure: 'wall time', seconds: seconds(median(builds.map((b) => b.ms))), runs: builds.map((b) => seconds(b.ms)).join(' ') },
    { measure: '  first run (caches empty)', seconds: seconds(builds[0]?.ms ?? 0), runs: '' },
    ...BUILD_PHASES.map(({ phase }, i) => ({
      measure: `  ${phase}`,
      seconds: seconds(median(builds.map((b) => (b.phases[i] ?? 0) - (i ? (b.phases[i - 1] ?? 0) : 0)))),
      runs: '',
    })),
    { measure: '  of which share cards (first run: no cache)', seconds: seconds(median(builds.map((b) => b.cards))), runs: builds.map((b) => seconds(b.cards)).join(' ') },
  ]);
}

function printPages(): void {
  const weights = listHtmlFiles(outDir).map((file) => measurePage(outDir, base, file));
  const cell = (b: Bytes) => [kb(b.raw), kb(b.gzip)] as const;
  section(`Bytes per page (${outDir}, base ${base}; KB = 1024 B, gzip level 9)`);
  printTable(
    weights.map((w) => {
      const [htmlRaw, htmlGzip] = cell(w.html);
      const [cssRaw, cssGzip] = cell(w.css);
      const [jsRaw, jsGzip] = cell(w.js);
      const [totalRaw, totalGzip] = cell(w.firstLoad);
      return {
        page: w.file === '404.html' ? '404.html' : urlPathOfFile(w.file, base),
        'HTML': htmlRaw,
        'HTML gz': htmlGzip,
        'CSS': cssRaw,
        'CSS gz': cssGzip,
        'JS': jsRaw,
        'JS gz': jsGzip,
        'first load': totalRaw,
        'first load gz': totalGzip,
        files: String(w.loaded.length),
      };
    }),
  );
  for (const w of weights.filter((w) => w.problems.length > 0)) {
    console.log(`  ${w.file}: could not measure ${w.problems.join('; ')}`);
  }
  console.log('  CSS = inline <style> + linked stylesheets; JS = inline scripts + scripts and their static imports;');
  console.log('  first load = HTML + every file fetched on load (no icons, images or prefetches).');
}

async function printSearch(): Promise<void> {
  if (existsSync(resolve(outDir, 'pagefind'))) {
    const { all, loaded } = searchIndexSize(outDir);
    section('Pagefind bundle on disk');
    printTable([
      { part: 'all files', files: String(all.files), bytes: kb(all.bytes), gzip: kb(all.bytesGzip) },
      { part: 'files search can load', files: String(loaded.files), bytes: kb(loaded.bytes), gzip: kb(loaded.bytesGzip) },
    ]);
  } else {
    console.log(`\n(no Pagefind index in ${outDir}/pagefind)`);
  }

  const server = await startPreview({ outDir, base });
  try {
    const baseURL = server.url;
    const result = await benchSearch(baseURL).catch((error: unknown) => {
      throw new Error(`search measurement (scripts/audit/search-weight.ts) failed: ${String(error)}`);
    });
    section(`Search (Chromium, ${baseURL})`);
    const row = (measure: string, weight: SearchWeight) => ({
      measure,
      requests: String(weight.requests.length),
      'transfer gz': kb(weight.transferredBytesGzip),
      ms: String(Math.round(weight.ms)),
    });
    const timing = (measure: string, ms: number) => ({ measure, requests: '', 'transfer gz': '', ms: ms.toFixed(1) });
    printTable([
      row('first search: open, type, results', result.first),
      row('second search (new query)', result.second),
      timing('median keystroke → results', result.medianKeystrokeMs),
      row('first pinyin query (changsanjiao)', result.pinyin),
      row('first homophone query (长三脚)', result.homophone),
      timing('median keystroke → results, by sound', result.medianPinyinKeystrokeMs),
    ]);
    for (const [name, weight] of [['first search', result.first], ['first pinyin query', result.pinyin], ['first homophone query', result.homophone]] as const) {
      console.log(`  ${name} requests:`);
      for (const file of weight.requests) console.log(`    ${kb(file.bytesGzip).padStart(9)}  ${file.url}`);
    }
  } finally {
    await server.stop();
  }
}

/** The pages Lighthouse scores: each template a reader lands on, and a shared search link with results. */
const LIGHTHOUSE_PATHS = ['', 'priorities/6/', 'full/', `search/?q=${encodeURIComponent('生态环境')}`];

async function printLighthouse(): Promise<void> {
  const runs = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);
  const server = await startPreview({ outDir, base });
  try {
    const results = await runLighthouse(LIGHTHOUSE_PATHS.map((path) => new URL(path, server.url).href), runs);
    section(`Lighthouse ${packageJson('lighthouse').version}, mobile (${server.url}; performance: median of ${runs} runs)`);
    printTable(
      results.map((result) => ({
        page: decodeURIComponent(new URL(result.url).pathname + new URL(result.url).search),
        ...Object.fromEntries(CATEGORIES.map((c) => [c, String(result.scores[c])])),
        'performance runs': result.performanceRuns.join(' '),
        ...result.metrics,
      })),
    );
  } finally {
    await server.stop();
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} KB`;
}

function section(title: string): void {
  console.log(`\n${title}`);
}

/** Print rows as an aligned text table; numeric-looking cells are right-aligned. */
function printTable(rows: readonly Record<string, string>[]): void {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  // Chinese characters take two columns in a terminal.
  const width = (text: string) => [...text].reduce((n, char) => n + (/[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u.test(char) ? 2 : 1), 0);
  const pad = (text: string, to: number, start: boolean) => (start ? ' '.repeat(Math.max(0, to - width(text))) + text : text + ' '.repeat(Math.max(0, to - width(text))));
  const widths = columns.map((c) => Math.max(width(c), ...rows.map((r) => width(r[c] ?? ''))));
  const isNumber = (value: string) => /^[\d.]+( KB)?$/.test(value);
  const line = (cells: readonly string[]) => cells.map((cell, i) => pad(cell, widths[i] ?? 0, i > 0 && isNumber(cell))).join('  ');
  console.log(`  ${line(columns)}`);
  console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(`  ${line(columns.map((c) => row[c] ?? ''))}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
