import type { APIRoute } from 'astro';
import { cache } from '../../lib/build-cache';
import { sectionLabel } from '../../lib/labels';
import { getPassages } from '../../lib/passages';
import { paragraphsOf } from '../../lib/text';

/**
 * /search/fold.json: the table search uses to read traditional characters as simplified ones
 * (src/search/normalise.ts), built from the text search looks in (section labels and passages),
 * so it holds only the characters the speech uses. OpenCC loads only when the build cache lacks it.
 */
export const GET: APIRoute = async () => {
  const passages = await getPassages();
  const texts = passages.flatMap((p) => [sectionLabel(p.data), ...paragraphsOf(p.body ?? '')]);
  const json = await cache.text('fold', JSON.stringify(texts), async () => JSON.stringify((await import('../../lib/traditional-script')).searchFold(texts)));
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
