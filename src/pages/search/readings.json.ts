import type { APIRoute } from 'astro';
import { cache } from '../../lib/build-cache';
import { getPassages } from '../../lib/passages';
import { sectionTexts } from '../../lib/text';

/**
 * /search/readings.json: for homophone queries (长三脚 → 长三角), the common characters that may
 * read as each syllable the text uses (src/lib/pinyin.ts). Loaded only when a Chinese query
 * has no literal match. The pronunciation library loads only when the build cache lacks the table.
 */
export const GET: APIRoute = async () => {
  const texts = sectionTexts(await getPassages()).map(({ text }) => text);
  const json = await cache.text('readings', JSON.stringify(texts), async () => {
    const { readingsTable } = await import('../../lib/pinyin');
    return JSON.stringify(readingsTable(texts));
  });
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
