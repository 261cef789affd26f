import type { Parser } from 'budoux';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { splitAt } from './phrase-split';

/**
 * Where a heading or label may break its line: between phrases, never inside a word.
 *
 * BudouX (its Simplified Chinese model) proposes phrase boundaries. On this speech's names it
 * is sometimes wrong (推进长|三角, 习近|平, 夯|实长|三角, 欠|发达, 便利共|享), and so is the
 * browser's own word segmenter (长|三角, 习|近平, 韩|正在), so a boundary is kept only where
 * - the word segmenter (Intl.Segmenter, the one browsers use) also sees a word boundary,
 * - it does not fall inside a term of NEVER_SPLIT,
 * - it does not leave punctuation at a line's edge (after an opening bracket or quote, before
 *   a closing one or any other mark) and does not sit next to a space (already a break).
 * The edges of NEVER_SPLIT terms are boundaries too: where BudouX cut inside a term, the phrase
 * ends at the term's edge instead (推进|长三角, not 推进长三角 as one long phrase).
 *
 * Runs at build time only (BudouX's model stays out of the pages); search labels carry their
 * boundaries in the Pagefind metadata (src/components/PassageSection.astro).
 */

/**
 * Words that must never be split across lines, reviewed by hand: the speech's names and the
 * terms of its headings, where BudouX or the word segmenter cut inside them (长|三角, 习近|平,
 * 韩|正在, 欠|发达, 高|质量, 高|水平, 座谈|会, 夯|实, 动|能, 共|享, 给|出), and 一体化, the
 * speech's key term. tests/unit/lib/phrases.test.ts checks each occurs in a heading or label.
 */
export const NEVER_SPLIT: readonly string[] = [
  // Names.
  '习近平',
  '韩正',
  '长三角',
  // Terms of the headings.
  '一体化',
  '高质量',
  '高水平',
  '欠发达',
  '座谈会',
  '夯实',
  '动能',
  '共享',
  '给出',
];

/**
 * BudouX's plain parser with its Simplified Chinese model, read from the package's own files: its
 * entry point also loads the HTML processor and a DOM for it (linkedom), about 0.15 s of every
 * build (astro.config.ts loads this module for the Markdown headings), none of it used here. The
 * version is pinned; tests/unit/lib/phrases.test.ts fails if those files move.
 */
function budouxParser(): Parser {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('budoux'));
  const { Parser: PlainParser } = require(join(dist, 'parser.js')) as typeof import('budoux');
  const { model } = require(join(dist, 'data/models/zh-hans.js')) as { model: typeof import('budoux').zhHansModel };
  return new PlainParser(model);
}

const budoux = budouxParser();
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** Marks that may not end a line (opening brackets and quotes). */
const OPENING = /[\p{Ps}\p{Pi}]/u;
/** Marks that may not start a line (closing brackets and quotes, and every other mark: ，。、：). */
const CLOSING = /[\p{Pe}\p{Pf}\p{Po}]/u;
const SPACE = /\s/u;

/** Offsets (UTF-16) strictly inside `text` where a word segmenter puts a word boundary. */
export function wordBoundaries(text: string): Set<number> {
  return new Set([...words.segment(text)].map((segment) => segment.index).filter((index) => index > 0));
}

/** Offsets strictly inside any NEVER_SPLIT term occurring in `text`, and the terms' edges. */
export function glossaryPositions(text: string, terms: readonly string[] = NEVER_SPLIT): { inside: Set<number>; edges: Set<number> } {
  const inside = new Set<number>();
  const edges = new Set<number>();
  for (const term of terms) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      for (let i = at + 1; i < at + term.length; i++) inside.add(i);
      edges.add(at);
      edges.add(at + term.length);
    }
  }
  return { inside, edges };
}

/** Boundaries found before: the same headings and labels are on every page. */
const found = new Map<string, readonly number[]>();

/** The offsets where `text` may break between phrases, ascending, each strictly inside the text. */
export function phraseBoundaries(text: string): number[] {
  let boundaries = found.get(text);
  if (!boundaries) {
    boundaries = boundariesOf(text);
    found.set(text, boundaries);
  }
  return [...boundaries];
}

function boundariesOf(text: string): number[] {
  const allowed = wordBoundaries(text);
  const glossary = glossaryPositions(text);
  const proposed = new Set([...budoux.parseBoundaries(text), ...glossary.edges]);
  return [...proposed]
    .filter((at) => at > 0 && at < text.length)
    .filter((at) => allowed.has(at) && !glossary.inside.has(at))
    .filter((at) => {
      const before = text.charAt(at - 1);
      const after = text.charAt(at);
      return !OPENING.test(before) && !CLOSING.test(after) && !SPACE.test(before) && !SPACE.test(after);
    })
    .sort((a, b) => a - b);
}

/** `text` cut into its phrases; joined they give the text back. */
export function phrases(text: string): string[] {
  return splitAt(text, phraseBoundaries(text));
}
