import { withBase } from './routes';

/**
 * How to cite the text on this site, from one record made only of what the site knows: the title
 * as received (content/speech.json), the site's URL and the language. The source names no author,
 * publisher or date, and neither does the site, so no reference does. Every format comes from the
 * record: the two references written here (citation-js ships no GB/T 7714 style, and its APA style
 * follows American punctuation, 指南.” for 指南”.), the files through citation-js (RIS, BibTeX,
 * CSL-JSON, src/lib/citation-files.ts), which reads them back to the record.
 */
export interface CitationRecord {
  id: string;
  'citation-key': string;
  type: 'webpage';
  title: string;
  URL: string;
  language: string;
}

export function citationRecord(title: string, url: URL): CitationRecord {
  return { id: 'speech', 'citation-key': 'speech', type: 'webpage', title, URL: url.href, language: 'zh-CN' };
}

/** Where the reader's access date goes in the GB/T 7714 reference, filled in by the reader (or by the page's script). */
export const ACCESS_DATE_PLACEHOLDER = 'YYYY-MM-DD';

/**
 * GB/T 7714-2015 §4.8 / 8.8 electronic resource without an author or a date:
 * `题名[EB/OL]. [引用日期]. 获取和访问路径.` The 引用日期 (access date) is required for online
 * resources and only the reader knows it: `accessed` is YYYY-MM-DD, or the placeholder.
 */
export function gbt7714(record: CitationRecord, accessed: string = ACCESS_DATE_PLACEHOLDER): string {
  return `${record.title}[EB/OL]. [${accessed}]. ${record.URL}.`;
}

/**
 * GB/T 7714-2015's pattern for such a reference (the tests hold every reference to it): a title
 * without "[", the type code [EB/OL], optionally an update date in parentheses, the access date in
 * brackets, the URL, a full stop.
 */
export const GBT7714_ONLINE = /^[^[\]]+\[EB\/OL\]\. (?:\(\d{4}(?:-\d{2}){0,2}\))?\[(?:\d{4}-\d{2}-\d{2}|YYYY-MM-DD)\]\. https?:\/\/\S+\.$/u;

/** APA 7 (§9.16, 10.16), a web page with neither author nor date: `Title. (n.d.). URL` (no full stop after a URL). */
export function apa7(record: CitationRecord): string {
  return `${record.title}. (n.d.). ${record.URL}`;
}

export type CitationFile = 'ris' | 'bibtex' | 'csl-json';

/** Highwire Press tags (what Zotero and Google Scholar read) for a page of the text. */
export function citationMeta({ title, url, lang }: { title: string; url: URL; lang: string }): [string, string][] {
  return [
    ['citation_title', title],
    ['citation_public_url', url.href],
    ['citation_fulltext_html_url', url.href],
    ['citation_language', lang],
  ];
}

/** The downloads (src/pages/cite/[file].ts), site-relative under cite/, with their format and media type. */
export const CITATION_FILES = {
  'speech.ris': { format: 'ris', type: 'application/x-research-info-systems' },
  'speech.bib': { format: 'bibtex', type: 'application/x-bibtex' },
  'speech.json': { format: 'csl-json', type: 'application/vnd.citationstyles.csl+json' },
} as const satisfies Record<string, { format: CitationFile; type: string }>;

/** The text's URL in every reference: the whole text in simplified characters, the edition the other is made from. */
export function citedUrl(site: URL | undefined, base?: string): URL {
  return new URL(withBase('full/', base), site);
}
