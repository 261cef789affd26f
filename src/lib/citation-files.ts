import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CitationFile, CitationRecord } from './citation';

// BibTeX as UTF-8: by default citation-js spells non-ASCII as TeX escapes and drops what has none (every Chinese character).
(plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } }).format.asciiOnly = false;

/**
 * The files reference managers import (RIS, BibTeX, CSL-JSON), by citation-js, from the site's
 * one record (src/lib/citation.ts). A module of its own: citation-js loads only for these files.
 */
export function formatCitation(record: CitationRecord, format: CitationFile): string {
  const cite = new Cite(record);
  switch (format) {
    case 'ris':
      return String(cite.format('ris'));
    case 'bibtex':
      return String(cite.format('bibtex'));
    case 'csl-json':
      return `${String(cite.format('data'))}\n`;
  }
}
