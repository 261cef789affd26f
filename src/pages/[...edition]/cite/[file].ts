import type { APIRoute } from 'astro';
import { CITATION_FILES, citationRecord, citedUrl, formatCitation } from '../../../lib/citation';
import { editionPaths } from '../../../lib/editions';
import { speech } from '../../../lib/speech';

/**
 * /cite/speech.ris, .bib, .json: the site's one citation record for reference managers (/about/#cite
 * links them), the same files under /zh-hant/ so that the traditional pages' links stay in their edition.
 */
type File = keyof typeof CITATION_FILES;

export const getStaticPaths = () =>
  editionPaths().flatMap(({ params }) => (Object.keys(CITATION_FILES) as File[]).map((file) => ({ params: { ...params, file } })));

export const GET: APIRoute<Record<string, never>, { file: File }> = ({ params, site }) => {
  const { format, type } = CITATION_FILES[params.file];
  return new Response(formatCitation(citationRecord(speech.title, citedUrl(site)), format), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
