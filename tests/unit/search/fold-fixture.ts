import { vi } from 'vitest';
import { searchFold } from '../../../src/lib/traditional';
import { FOLD_PATH } from '../../../src/search/fold';
import { fragments } from './pagefind-bundle';

/**
 * The fold table as the build writes it (src/pages/search/fold.json.ts) for the sections of the
 * Pagefind stand-in (pagefind-bundle.ts): search and the highlighter fetch it from the site.
 */
export const fold = searchFold(fragments.flatMap((fragment) => [fragment.meta.section, fragment.content]));

let base = '/';

/** fetch as the site answers it: the fold table at <base>search/fold.json, 404 for anything else. */
export const siteFetch = vi.fn(async (url: string) => {
  const response = url === `${base}${FOLD_PATH}` ? new Response(JSON.stringify(fold)) : new Response('', { status: 404 });
  return Object.defineProperty(response, 'url', { value: url });
});

/** Serve the fold table to the scripts under test (call in beforeEach: it also clears earlier calls). */
export function serveFold(siteBase = '/'): void {
  base = siteBase;
  siteFetch.mockReset();
  vi.stubGlobal('fetch', siteFetch);
}

/** The request for the fold table fails this once. */
export function failFoldOnce(): void {
  siteFetch.mockResolvedValueOnce(new Response('', { status: 503 }));
}
