import { ELLIPSIS, isSentenceEnd } from '../lib/punctuation';
import { normaliseText, normaliseWithMap, parseQuery, type Fold } from './normalise';

/** One section as the search sees it: its page, its label (第五 推动…) and its plain text. */
export interface SearchableSection {
  url: string;
  label: string;
  /** Where the label may break its line (src/lib/phrases.ts), computed at build time. */
  labelPhrases?: readonly number[];
  text: string;
  /** Position in reading order; breaks ties in ranking. */
  order: number;
}

/** A piece of an excerpt; `marked` pieces are the matched text. */
export interface Segment {
  text: string;
  marked: boolean;
}

export interface SectionHit {
  section: SearchableSection;
  /** Some term occurs in the section's label. */
  inTitle: boolean;
  /** Occurrences of all terms in the text. */
  count: number;
  excerpt: Segment[];
}

export type Range = readonly [start: number, end: number];

/** Start indices of the non-overlapping occurrences of `term` in `text`. */
export function occurrences(text: string, term: string): number[] {
  const found: number[] = [];
  if (!term) return found;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) found.push(at);
  return found;
}

/**
 * Where the terms occur in `source`, as ranges of the source itself (not of its normalised
 * form), sorted and merged where they overlap.
 */
export function findRanges(source: string, terms: readonly string[], fold?: Fold): Range[] {
  const normalised = normaliseWithMap(source, undefined, fold);
  const ranges = terms.flatMap((term) =>
    occurrences(normalised.text, term).map((at): Range => [
      normalised.from[at] ?? 0,
      normalised.to[at + term.length - 1] ?? source.length,
    ]),
  );
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Sections that contain every term of `query` exactly (in the label or the text), ranked:
 * a match in the label first, then by how often the terms occur, then in reading order.
 */
export function searchSections(sections: readonly SearchableSection[], query: string, fold?: Fold): SectionHit[] {
  const terms = parseQuery(query, fold);
  if (terms.length === 0) return [];
  const hits: SectionHit[] = [];
  for (const section of sections) {
    const label = normaliseText(section.label, fold);
    const text = normaliseText(section.text, fold);
    if (!terms.every((term) => label.includes(term) || text.includes(term))) continue;
    const count = terms.reduce((sum, term) => sum + occurrences(text, term).length, 0);
    const inTitle = terms.some((term) => label.includes(term));
    hits.push({ section, inTitle, count, excerpt: excerpt(section.text, findRanges(section.text, terms, fold)) });
  }
  return hits.sort(
    (a, b) => Number(b.inTitle) - Number(a.inTitle) || b.count - a.count || a.section.order - b.section.order,
  );
}

/**
 * A short excerpt of `text` around the first range, with every range inside it marked.
 * It starts at the beginning of the sentence when that is near, otherwise with "……"; it ends
 * with "……" where it cuts the text.
 */
export function excerpt(text: string, ranges: readonly Range[], before = 24, length = 90): Segment[] {
  const first = ranges[0];
  let start = 0;
  let cut = false;
  if (first) {
    start = Math.max(0, first[0] - before);
    cut = start > 0;
    for (let i = first[0] - 1; i >= start; i--) {
      if (isSentenceEnd(text[i] ?? '')) {
        start = i + 1;
        cut = false;
        break;
      }
    }
  }
  const end = Math.min(text.length, Math.max(start + length, first?.[1] ?? 0));
  const segments: Segment[] = [];
  const plain = (from: number, to: number) => {
    if (to > from) segments.push({ text: text.slice(from, to), marked: false });
  };
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    plain(at, Math.max(at, from));
    segments.push({ text: text.slice(Math.max(from, at), Math.min(to, end)), marked: true });
    at = Math.min(to, end);
  }
  plain(at, end);
  const ellipsis = (s: string) => ({ text: s, marked: false });
  if (cut) segments.unshift(ellipsis(ELLIPSIS));
  if (end < text.length) segments.push(ellipsis(ELLIPSIS));
  return segments;
}
