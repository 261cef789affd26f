import { parseBoundaries } from '../lib/phrase-split';
import { withBase } from '../lib/routes';
import type { SearchableSection } from './match';

/**
 * Loads every section's text from the Pagefind bundle.
 *
 * Why not `pagefind.search(query)`: Pagefind matches segmented words, not the text. Measured on
 * Pagefind 1.6.0 with this site's index (tests/e2e/pagefind-limits.spec.ts keeps it true): a
 * character the index lacks is dropped without a word (長三角 is searched as 三角), and a word
 * absent from the text still lists a page (机场 gives /priorities/3/, which has no 机场). Earlier
 * versions also missed 用来 (segmented 是用/来住/的 in the index) and answered 浦东机场 with 浦东's
 * pages; 1.6.0 gets those two right. Exact matching, across both scripts, needs the text.
 * The speech has 11 short sections (about 7 KB of fragments in all), so we ask Pagefind for
 * all of them with an empty search — it fetches no word index for that, only its metadata —
 * load their fragments (one file: src/integrations/pagefind.ts), and match on the client
 * (src/search/match.ts). Pagefind stays the build-time indexer, the fragment store and the
 * loader. Its web worker runs the WebAssembly, so starting search never blocks the page (a
 * shared /search/?q= link renders while the index loads). Measured first search: about 88 KB
 * gzip in all (WebAssembly 54, pagefind.js 13, its worker 12, fragments 4, dialog 5), under
 * the 100 KB budget; every later search fetches nothing. Were the text to grow to hundreds of
 * pages, Pagefind's own results would have to serve as candidates before this exact check.
 */

/** What Pagefind stores of an indexed page (the part of its fragment the search reads). */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  search(
    term: null,
    options: { sort: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { data(): Promise<PagefindFragment> }[] }>;
}

/** The bundle is missing: the dev server, or a build without the Pagefind integration. */
export class IndexMissingError extends Error {}

let loading: Promise<SearchableSection[]> | undefined;

let retries = 0;

/**
 * All sections in reading order; loaded once per page, retried after a failure, and anew when
 * `fresh` (a load that never answered): from a new module URL, since a browser gives a pending
 * or failed import of the same URL back as it is.
 */
export function loadSections(base: string = import.meta.env.BASE_URL, fresh = false): Promise<SearchableSection[]> {
  if (fresh) {
    loading = undefined;
    retries++;
  }
  loading ??= fetchSections(base, retries).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function fetchSections(base: string, retry: number): Promise<SearchableSection[]> {
  const root = withBase('', base);
  let pagefind: Pagefind;
  // Not in Node (the unit tests of this module).
  globalThis.addEventListener?.('unhandledrejection', quietPagefindFailure);
  try {
    const url = withBase('pagefind/pagefind.js', base) + (retry ? `?retry=${retry}` : '');
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  } catch (error) {
    throw new IndexMissingError(String(error));
  }
  await pagefind.options({ baseUrl: root });
  const { results } = await pagefind.search(null, { sort: { order: 'asc' } });
  const fragments = await Promise.all(results.map((result) => result.data()));
  return fragments.map(sectionOf);
}

/**
 * Pagefind 1.6.0's main-thread fallback starts loading its WebAssembly in a constructor and never
 * awaits it, so a broken bundle rejects twice: in the search awaited above (the reader is told
 * search is unavailable) and as an unhandled rejection ("Failed to load the Pagefind WASM",
 * "RuntimeError: unreachable"). The second says nothing new: it is marked as handled.
 */
export function quietPagefindFailure(event: PromiseRejectionEvent): void {
  const reason: unknown = event.reason;
  if (reason instanceof WebAssembly.RuntimeError || String(reason).includes('Pagefind')) event.preventDefault();
}

/** A section as the search sees it: its Pagefind fragment, `order`-th in reading order. */
export function sectionOf(fragment: PagefindFragment, order: number): SearchableSection {
  return {
    url: fragment.url,
    label: fragment.meta['section'] ?? fragment.meta['title'] ?? '',
    labelPhrases: parseBoundaries(fragment.meta['phrases']),
    // Pagefind separates the words it segmented with U+200B; the reader should not copy them.
    text: fragment.content.replaceAll('\u200b', ''),
    order,
  };
}
