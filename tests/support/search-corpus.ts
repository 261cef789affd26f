import { sectionLabel } from '../../src/lib/labels';
import { readPassages, type ContentPassage } from './content';

/**
 * The sections as the content files define them, read at test time, so that search tests
 * compute what a query must find instead of hard-coding result lists. The oracle here is
 * deliberately simpler than src/search/ (normalise.ts, match.ts), so the tests do not grade
 * the code with itself.
 */
export interface CorpusSection extends ContentPassage {
  /** "第五 推动浦东高水平改革开放" (src/lib/labels.ts). */
  label: string;
}

/** The sections in reading order. */
export function loadCorpus(): CorpusSection[] {
  return readPassages().map((passage) => ({ ...passage, label: sectionLabel(passage.data) }));
}

/** Unicode compatibility folding (full-width ３０ is 30) and lower case. */
const fold = (s: string): string => s.normalize('NFKC').toLowerCase();

/** The terms of a query typed as plain text: split on spaces, spaces around punctuation ignored. */
export function queryTerms(query: string): string[] {
  return fold(query)
    .replace(/\s*(\p{P})\s*/gu, '$1')
    .split(/\s+/)
    .filter(Boolean);
}

/** Whether a section contains every term of a query, in its label or its text. */
export function sectionContains(section: CorpusSection, query: string): boolean {
  const haystack = fold(section.label.replaceAll(' ', '') + '\n' + section.text);
  return queryTerms(query).every((term) => haystack.includes(term));
}

/** How many times `term` occurs in the section's text (not overlapping). */
export function countOccurrences(section: CorpusSection, term: string): number {
  return fold(section.text).split(fold(term)).length - 1;
}

export interface ExpectedHit {
  section: CorpusSection;
  /** Occurrences of all the query's terms in the text. */
  count: number;
}

/**
 * What searching `query` must list, in order: the sections containing it, those naming a term
 * in their label first, then by occurrences in the text, then in reading order (README, Search).
 */
export function expectedHits(corpus: readonly CorpusSection[], query: string): ExpectedHit[] {
  const terms = queryTerms(query);
  const inLabel = (section: CorpusSection) => terms.some((term) => fold(section.label.replaceAll(' ', '')).includes(term));
  return corpus
    .filter((section) => sectionContains(section, query))
    .map((section) => ({ section, count: terms.reduce((sum, term) => sum + countOccurrences(section, term), 0) }))
    .sort((a, b) => Number(inLabel(b.section)) - Number(inLabel(a.section)) || b.count - a.count);
}
