import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Response } from '@playwright/test';
import { listFiles } from './built-site';
import { playwrightLaunchOptions } from './chromium';

/**
 * Measures what search costs a reader, for the weight budget test (tests/e2e/search.spec.ts)
 * and `npm run bench` (scripts/bench.ts). Bytes are counted as gzip: files Pagefind already
 * gzipped (index, fragments, WebAssembly) as they are, everything else gzipped at level 9,
 * so the numbers do not depend on how the test server compresses.
 */

export interface FetchedFile {
  url: string;
  bytesGzip: number;
}

export interface SearchWeight {
  /** Every response from opening search to the first results. */
  requests: FetchedFile[];
  transferredBytesGzip: number;
  /** Wall-clock milliseconds from the key that opens search to results on screen. */
  ms: number;
}

export const FIRST_SEARCH_BUDGET_BYTES = 100 * 1024;

/** Selectors of the search dialog, shared with the browser tests. */
export const dialogSelectors = {
  dialog: 'dialog.search-dialog',
  input: 'dialog.search-dialog input[type="search"]',
  status: 'dialog.search-dialog [role="status"]',
  results: 'dialog.search-dialog [data-testid="search-results"] a',
} as const;

/** gzip size of a response body (already-gzipped bodies count as they are). */
export function gzipBytes(body: Buffer): number {
  const gzipped = body[0] === 0x1f && body[1] === 0x8b;
  return gzipped ? body.length : gzipSync(body, { level: 9 }).length;
}

/** Records every response on `page` until `stop()`; resolves bodies and sizes. */
export function recordResponses(page: Page): { stop(): Promise<FetchedFile[]> } {
  const responses: Response[] = [];
  const listener = (response: Response) => void responses.push(response);
  page.on('response', listener);
  return {
    async stop() {
      page.off('response', listener);
      return Promise.all(
        responses.map(async (response) => ({ url: response.url(), bytesGzip: gzipBytes(await response.body()) })),
      );
    },
  };
}

/**
 * Waits until `container` shows the outcome of searching `query`: result links that carry
 * it, or the status line naming it (not found, or found by sound: pinyin or homophones, whose
 * links carry the Chinese text that matched).
 */
export async function waitForResultsOf(page: Page, query: string, container = 'dialog.search-dialog'): Promise<void> {
  await page.waitForFunction(
    ([selector, q]) => {
      const root = document.querySelector(selector);
      const link = root?.querySelector<HTMLAnchorElement>('[data-testid="search-results"] a');
      if (link && new URL(link.href).searchParams.get('highlight') === q) return true;
      return root?.querySelector('[role="status"]')?.textContent?.includes(`“${q}”`) ?? false;
    },
    [container, query.trim()] as const,
  );
}

/**
 * Opens `path` (relative to the page's base URL), opens search with `/`, types `query` and
 * waits for its results. `page` must not have opened search yet.
 */
export async function measureFirstSearch(page: Page, path = 'priorities/5/', query = '先行先试'): Promise<SearchWeight> {
  // After `load` the page has fetched all it fetches until search opens (tests/build/budgets.test.ts).
  await page.goto(path);
  return measureSearch(page, query, () => page.keyboard.press('/'));
}

/** A further search in the open dialog: what it fetches and how long it takes. */
export async function measureNextSearch(page: Page, query: string): Promise<SearchWeight> {
  return measureSearch(page, query);
}

/** What searching `query` fetches and how long it takes, from `open` (if given) to the results. */
async function measureSearch(page: Page, query: string, open?: () => Promise<void>): Promise<SearchWeight> {
  const recording = recordResponses(page);
  const started = Date.now();
  await open?.();
  await page.locator(dialogSelectors.input).fill(query);
  await waitForResultsOf(page, query);
  const ms = Date.now() - started;
  const requests = await recording.stop();
  return { requests, transferredBytesGzip: sum(requests), ms };
}

/**
 * Milliseconds from the last keystroke of each query to its results in the DOM, measured in
 * the page (beforeinput to the next frame after the status line changed).
 */
export async function keystrokeToResultsMs(page: Page, queries: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const query of queries) {
    const input = page.locator(dialogSelectors.input);
    await input.fill(query.slice(0, -1));
    await page.evaluate((statusSelector) => {
      const status = document.querySelector(statusSelector);
      const state = { start: 0, end: 0 };
      (window as unknown as { __searchTiming: typeof state }).__searchTiming = state;
      // beforeinput: also fires for characters typed without a key event of their own (IME, paste).
      document.addEventListener('beforeinput', () => (state.start = performance.now()), { once: true, capture: true });
      new MutationObserver((_, observer) => {
        observer.disconnect();
        requestAnimationFrame(() => (state.end = performance.now()));
      }).observe(status as Node, { childList: true, characterData: true, subtree: true });
    }, dialogSelectors.status);
    await page.keyboard.type(query.slice(-1));
    const timing = await page.waitForFunction(() => {
      const state = (window as unknown as { __searchTiming: { start: number; end: number } }).__searchTiming;
      return state.end > 0 && state.end - state.start;
    });
    times.push(Number(await timing.jsonValue()));
  }
  return times;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export interface SearchBench {
  first: SearchWeight;
  second: SearchWeight;
  medianKeystrokeMs: number;
  /** The first pinyin query (loads the text's syllables) and the first homophone query (loads the readings table). */
  pinyin: SearchWeight;
  homophone: SearchWeight;
  medianPinyinKeystrokeMs: number;
}

/** Queries by sound for the bench: pinyin, initials, a homophone (src/search/sound.ts). */
export const SOUND_QUERIES = ['pudong', 'changsanjiao', 'yi ti hua', 'cjjjd', '长三脚'] as const;

/**
 * Everything `npm run bench` prints about search, against a running server at `baseURL`
 * (scripts/preview-server.ts): first search, a second search, median keystroke-to-results time.
 */
export async function benchSearch(
  baseURL: string,
  queries: readonly string[] = ['先行先试', '生态环境', '同城待遇', '是用来住', '京津冀'],
): Promise<SearchBench> {
  const browser = await chromium.launch(playwrightLaunchOptions());
  try {
    const page = await browser.newPage({ baseURL });
    const first = await measureFirstSearch(page);
    const second = await measureNextSearch(page, '长江经济带的龙头');
    // Before the keystroke timings, whose queries may load search by sound (京津冀 has no literal match).
    const pinyin = await measureNextSearch(page, 'changsanjiao');
    const homophone = await measureNextSearch(page, '长三脚');
    const medianKeystrokeMs = median(await keystrokeToResultsMs(page, queries));
    const medianPinyinKeystrokeMs = median(await keystrokeToResultsMs(page, SOUND_QUERIES));
    return { first, second, medianKeystrokeMs, pinyin, homophone, medianPinyinKeystrokeMs };
  } finally {
    await browser.close();
  }
}

export interface IndexSize {
  files: number;
  bytes: number;
  bytesGzip: number;
}

/**
 * Size on disk of the Pagefind bundle in a built site (`<outDir>/pagefind`), all of it, and
 * of the part this site's search loads (pagefind.js and its worker, entry, metadata,
 * WebAssembly, fragments; not Pagefind's own UI bundles or word-index chunks, which it never requests).
 */
export function searchIndexSize(outDir: string): { all: IndexSize; loaded: IndexSize } {
  const root = path.join(outDir, 'pagefind');
  const all: IndexSize = { files: 0, bytes: 0, bytesGzip: 0 };
  const loaded: IndexSize = { files: 0, bytes: 0, bytesGzip: 0 };
  const isLoaded = (file: string) =>
    /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\..+\.pf_meta|wasm\..+\.pagefind|fragment\/.+)$/.test(file);
  for (const relative of listFiles(root, '')) {
    const file = path.join(root, relative);
    const bytes = statSync(file).size;
    const bytesGzip = gzipBytes(readFileSync(file));
    for (const size of isLoaded(relative) ? [all, loaded] : [all]) {
      size.files += 1;
      size.bytes += bytes;
      size.bytesGzip += bytesGzip;
    }
  }
  return { all, loaded };
}

function sum(files: readonly FetchedFile[]): number {
  return files.reduce((total, file) => total + file.bytesGzip, 0);
}
