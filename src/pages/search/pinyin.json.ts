import type { APIRoute } from 'astro';
import { cache } from '../../lib/build-cache';
import { getPassages } from '../../lib/passages';
import { sectionTexts } from '../../lib/text';

/**
 * /search/pinyin.json: how each section's text reads, one syllable per Chinese character
 * ("pu3 dong1 …"), by page path ("priorities/5/"), for pinyin and homophone queries
 * (src/search/pinyin.ts). The browser loads it only when a query needs it. The pronunciation
 * library (src/lib/pinyin.ts) loads only when the build cache lacks the table.
 */
export const GET: APIRoute = async () => {
  const sections = sectionTexts(await getPassages());
  const json = await cache.text('pinyin', JSON.stringify(sections), async () => {
    const { textSyllables } = await import('../../lib/pinyin');
    return JSON.stringify(Object.fromEntries(sections.map(({ path, text }) => [path, textSyllables(text)])));
  });
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
