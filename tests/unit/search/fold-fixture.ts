import { vi } from 'vitest';
import { pathInEdition } from '../../../src/lib/editions';
import { readingsTable, textSyllables } from '../../../src/lib/pinyin';
import { searchFold } from '../../../src/lib/traditional-script';
import { FOLD_PATH } from '../../../src/search/fold';
import { PINYIN_PATH, READINGS_PATH } from '../../../src/search/sound';
import { fragments } from './pagefind-bundle';

/**
 * The fold table as the build writes it (src/pages/search/fold.json.ts) for the sections of the
 * Pagefind stand-in (pagefind-bundle.ts): search and the highlighter fetch it from the site.
 */
export const fold = searchFold(fragments.flatMap((fragment) => [fragment.meta.section, fragment.content]));

/** The data of search by sound as the build writes it (src/pages/search/pinyin.json.ts, readings.json.ts); made on first use (a second). */
let soundFiles: { syllables: Record<string, string>; readings: Record<string, string> } | undefined;
function soundData() {
  soundFiles ??= {
    syllables: Object.fromEntries(fragments.map((f) => [pathInEdition(f.url, '/'), textSyllables(f.content)])),
    readings: readingsTable(fragments.map((fragment) => fragment.content)),
  };
  return soundFiles;
}

let base = '/';
/** What the site serves; with `serveFold(base, { sound: true })` also the data of search by sound. */
let files: Record<string, unknown> = {};
let failing: string | undefined;

/** fetch as the site answers it: the fold table at <base>search/fold.json (and the sound data), 404 for anything else. */
export const siteFetch = vi.fn(async (url: string) => {
  const body = files[url];
  const fails = url === failing;
  if (fails) failing = undefined;
  const response = fails
    ? new Response('{}', { status: 503 })
    : body
      ? new Response(JSON.stringify(body))
      : new Response('', { status: 404 });
  return Object.defineProperty(response, 'url', { value: url });
});

/** Serve the fold table to the scripts under test (call in beforeEach: it also clears earlier calls). */
export function serveFold(siteBase = '/', { sound = false } = {}): void {
  base = siteBase;
  files = { [`${base}${FOLD_PATH}`]: fold };
  failing = undefined;
  if (sound) Object.assign(files, { [`${base}${PINYIN_PATH}`]: soundData().syllables, [`${base}${READINGS_PATH}`]: soundData().readings });
  siteFetch.mockReset();
  vi.stubGlobal('fetch', siteFetch);
}

/** The request for the fold table fails this once. */
export function failFoldOnce(): void {
  siteFetch.mockResolvedValueOnce(new Response('', { status: 503 }));
}

/** The next request for `path` (a site path, such as PINYIN_PATH) fails: HTTP 503, with a body that parses as JSON. */
export function failOnce(path: string): void {
  failing = `${base}${path}`;
}
