import type { APIRoute } from 'astro';
import { getPassages } from '../../lib/passages';
import { readingsTable, sectionTexts } from '../../lib/pinyin';

/**
 * /search/readings.json: for homophone queries (长三脚 → 长三角), the common characters that may
 * read as each syllable the text uses (src/lib/pinyin.ts). Loaded only when a Chinese query
 * has no literal match.
 */
export const GET: APIRoute = async () => {
  const table = readingsTable(sectionTexts(await getPassages()).map(({ text }) => text));
  return new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
