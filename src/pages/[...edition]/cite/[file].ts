import type { APIRoute } from 'astro';
import { cache } from '../../../lib/build-cache';
import { CITATION_FILES, citationRecord, citedUrl } from '../../../lib/citation';
import { editionPaths } from '../../../lib/editions';
import { speech } from '../../../lib/speech';

/**
 * /cite/speech.ris, .bib, .json: the site's one citation record for reference managers (/about/#cite
 * links them), the same files under /zh-hant/ so that the traditional pages' links stay in their edition.
 */
type File = keyof typeof CITATION_FILES;

export const getStaticPaths = () =>
  editionPaths().flatMap(({ params }) => (Object.keys(CITATION_FILES) as File[]).map((file) => ({ params: { ...params, file } })));

export const GET: APIRoute<Record<string, never>, { file: File }> = async ({ params, site }) => {
  const { format, type } = CITATION_FILES[params.file];
  const record = citationRecord(speech.title, citedUrl(site));
  // citation-js loads only when the build cache lacks the file.
  const text = await cache.text(`cite-${format}`, JSON.stringify(record), async () => (await import('../../../lib/citation-files')).formatCitation(record, format));
  return new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
