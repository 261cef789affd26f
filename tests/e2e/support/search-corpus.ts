import { sectionLabel } from '../../../src/lib/labels';
import { readPassages, type ContentPassage } from '../../support/content';

/**
 * The sections as the content files define them, read at test time, so that search tests
 * compute what a query must find instead of hard-coding result lists.
 */
export interface CorpusSection extends ContentPassage {
  /** "第五 · 推动浦东高水平改革开放". */
  label: string;
}

/** The sections in reading order. */
export function loadCorpus(): CorpusSection[] {
  return readPassages().map((passage) => ({ ...passage, label: sectionLabel(passage.data) }));
}

/**
 * Whether a section contains a query typed as plain text: every space-separated term occurs,
 * compared after Unicode compatibility folding (full-width ３０ is 30), spaces around
 * punctuation ignored. Deliberately simpler
 * than src/search/normalise.ts, so the test does not grade the code with itself.
 */
export function sectionContains(section: CorpusSection, query: string): boolean {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase();
  const haystack = fold(section.label.replaceAll(' ', '') + '\n' + section.text);
  return fold(query)
    .replace(/\s*(\p{P})\s*/gu, '$1')
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => haystack.includes(term));
}

/** How many times `term` occurs in the section's text (not overlapping). */
export function countOccurrences(section: CorpusSection, term: string): number {
  return section.text.split(term).length - 1;
}
