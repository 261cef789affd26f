import type { APIRoute } from 'astro';
import { cache } from '../../lib/build-cache';
import { sectionLabel } from '../../lib/labels';
import { getPassages } from '../../lib/passages';
import { paragraphsOf } from '../../lib/text';
import { searchFold } from '../../lib/traditional';

/**
 * /search/fold.json: the table search uses to read traditional characters as simplified ones
 * (src/search/normalise.ts), built from the text search looks in (section labels and passages),
 * so it holds only the characters the speech uses.
 */
export const GET: APIRoute = async () => {
  const passages = await getPassages();
  const texts = passages.flatMap((p) => [sectionLabel(p.data), ...paragraphsOf(p.body ?? '')]);
  const json = await cache.text('fold', JSON.stringify(texts), () => JSON.stringify(searchFold(texts)));
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
