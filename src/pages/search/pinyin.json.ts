import type { APIRoute } from 'astro';
import { getPassages } from '../../lib/passages';
import { sectionTexts, textSyllables } from '../../lib/pinyin';

/**
 * /search/pinyin.json: how each section's text reads, one syllable per Chinese character
 * ("pu3 dong1 …"), by page path ("priorities/5/"), for pinyin and homophone queries
 * (src/search/pinyin.ts). The browser loads it only when a query needs it.
 */
export const GET: APIRoute = async () => {
  const sections = sectionTexts(await getPassages());
  const syllables = Object.fromEntries(sections.map(({ path, text }) => [path, textSyllables(text)]));
  return new Response(JSON.stringify(syllables), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
