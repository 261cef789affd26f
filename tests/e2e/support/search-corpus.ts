import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { paragraphsOf } from '../../../src/lib/text';
import { passagePath } from '../../../src/lib/routes';
import { passageSchema, type PassageData } from '../../../src/schema/passage';
import { sectionLabel } from '../../../src/search/section';

/**
 * The sections as the content files define them, read at test time, so that search tests
 * compute what a query must find instead of hard-coding result lists.
 */
export interface CorpusSection {
  id: string;
  data: PassageData;
  /** Site-relative page path, e.g. "priorities/5/". */
  path: string;
  /** "第五 · 推动浦东高水平改革开放". */
  label: string;
  /** The passage's paragraphs, joined. */
  text: string;
}

const DIR = path.resolve('content/passages');

export function loadCorpus(): CorpusSection[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const source = readFileSync(path.join(DIR, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
      if (!match) throw new Error(`${file}: no front matter`);
      const data = passageSchema.parse(parse(match[1] ?? ''));
      const id = file.replace(/\.md$/, '');
      return { id, data, path: passagePath({ id, data }), label: sectionLabel(data), text: paragraphsOf(match[2] ?? '').join('') };
    })
    .sort((a, b) => a.data.order - b.data.order);
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
