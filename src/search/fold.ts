import { withBase } from '../lib/routes';
import type { Fold } from './normalise';

/** Where the build writes the fold table (src/pages/search/fold.json.ts). */
export const FOLD_PATH = 'search/fold.json';

let loading: Promise<Fold> | undefined;

/**
 * The fold table that lets either script find either edition; loaded once, retried after a
 * failure, and anew when `fresh` (a request that never answered).
 */
export function loadFold(base: string = import.meta.env.BASE_URL, fresh = false): Promise<Fold> {
  if (fresh) loading = undefined;
  loading ??= fetch(withBase(FOLD_PATH, base))
    .then((response) => {
      if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then((fold) => {
      const table = typeof fold === 'object' && fold !== null && !Array.isArray(fold);
      if (!table || !Object.values(fold).every((to) => typeof to === 'string')) throw new Error(`${FOLD_PATH}: not a table of characters`);
      return fold as Fold;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
