/**
 * Search by sound, imported by show.ts the first time a query needs it, with the data it
 * reads: /search/pinyin.json (the text's syllables) for Latin queries, and also
 * /search/readings.json (which characters read so) for homophones of a Chinese query that
 * has no literal match. Sound results come after the literal ones and say how they were found.
 */
import { pathInEdition } from '../lib/editions';
import { ELLIPSIS } from '../lib/punctuation';
import { withBase } from '../lib/routes';
import { excerpt as shorten } from '../lib/text';
import { excerpt, mergeRanges, type SearchableSection, type SectionHit } from './match';
import { parseQuery, type Fold } from './normalise';
import {
  homophoneMatch,
  parseLatinQuery,
  pinyinMatchers,
  rangesOf,
  readingsByChar,
  readSection,
  type Readings,
  type SectionReading,
} from './pinyin';
import { QUERY_SHOWN, renderHits, resultItem, shownQuery, type ResultsView } from './render';
import { fill, searchStrings } from './strings';

export type SoundKind = 'pinyin' | 'homophone';

/** Where the build writes the data (src/pages/search/pinyin.json.ts, readings.json.ts). */
export const PINYIN_PATH = 'search/pinyin.json';
export const READINGS_PATH = 'search/readings.json';

/** A section found by sound, with the text that matched (as the section writes it). */
export interface SoundHit extends SectionHit {
  matched: string[];
}

export interface SoundResult {
  kind: SoundKind;
  hits: SoundHit[];
}

export interface SoundData {
  /** Page path in the edition ("priorities/5/") → its syllables. */
  syllables: Readonly<Record<string, string>>;
  readings?: Readings;
}

/** Homophones are offered for terms of at least this many characters: one character reads like too many. */
export const MIN_HOMOPHONE_LENGTH = 2;

const requests = new Map<string, Promise<unknown>>();
const loaded = new Map<SoundKind, SoundData>();

function fetchJson(path: string, base: string): Promise<unknown> {
  const url = withBase(path, base);
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    // A failed request is tried again by the next query that needs it.
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}

/** The data a kind of query needs, once loaded (`loadSoundData`), else undefined. */
export function soundData(kind: SoundKind): SoundData | undefined {
  return loaded.get(kind);
}

/** Loads what `kind` needs (each file once per page; again after a failure). */
export async function loadSoundData(kind: SoundKind, base: string = import.meta.env.BASE_URL): Promise<SoundData> {
  const [syllables, table] = await Promise.all([
    fetchJson(PINYIN_PATH, base) as Promise<Record<string, string>>,
    kind === 'homophone' ? (fetchJson(READINGS_PATH, base) as Promise<Record<string, string>>) : undefined,
  ]);
  const data: SoundData = table ? { syllables, readings: readingsByChar(table) } : { syllables };
  loaded.set(kind, data);
  return data;
}

const readings = new WeakMap<SearchableSection, SectionReading | null>();

function readingOf(section: SearchableSection, data: SoundData, base: string): SectionReading | undefined {
  let reading = readings.get(section);
  if (reading === undefined) {
    reading = readSection(section.text, data.syllables[pathInEdition(section.url, base)]) ?? null;
    readings.set(section, reading);
  }
  return reading ?? undefined;
}

/**
 * Sections not among `literal` that `query` finds by sound: read as pinyin (kind "pinyin") or
 * as homophones of its terms ("homophone", every term must be found); ranked by how often
 * they match, then in reading order.
 */
export function searchBySound(
  kind: SoundKind,
  query: string,
  sections: readonly SearchableSection[],
  literal: readonly SectionHit[],
  data: SoundData,
  fold?: Fold,
  base: string = import.meta.env.BASE_URL,
): SoundResult {
  // A term longer than every text cannot match (a query may hold as many spaces as characters).
  const longest = Math.max(0, ...sections.map((section) => section.text.length));
  const matchers =
    kind === 'pinyin' ? latinMatchers(query) : query.length > 2 * longest ? [] : homophoneMatchers(query, data, fold);
  const listed = new Set(literal.map((hit) => hit.section));
  const hits: SoundHit[] = [];
  for (const section of sections) {
    const reading = readingOf(section, data, base);
    if (!reading || listed.has(section) || matchers.length === 0) continue;
    const found = matchers.map((matcher) => matcher.flatMap((matchAt) => rangesOf(reading, matchAt)));
    if (found.some((ranges) => ranges.length === 0)) continue;
    // Each match once (full syllables and initials may find the same one), in the order of the text.
    const matches = [...new Map(found.flat().map((range) => [range.join(), range])).values()].sort((a, b) => a[0] - b[0]);
    const matched = [...new Set(matches.map(([start, end]) => section.text.slice(start, end)))];
    hits.push({ section, inTitle: false, count: matches.length, excerpt: excerpt(section.text, mergeRanges(matches)), matched });
  }
  hits.sort((a, b) => b.count - a.count || a.section.order - b.section.order);
  return { kind, hits };
}

/** One list of matchers per term: a Latin query is one phrase (its spaces separate syllables). */
function latinMatchers(query: string) {
  const parsed = parseLatinQuery(query);
  return parsed ? [pinyinMatchers(parsed)] : [];
}

function homophoneMatchers(query: string, data: SoundData, fold?: Fold) {
  const terms = parseQuery(query, fold);
  const matchers = terms.map((term) =>
    [...term].length >= MIN_HOMOPHONE_LENGTH && data.readings ? homophoneMatch(term, data.readings) : undefined,
  );
  return matchers.every((matcher) => matcher !== undefined) ? matchers.map((matcher) => [matcher]) : [];
}

/**
 * The literal hits, then those found by sound, each labelled, linking with the text that
 * matched so the page marks it; the status line says which is which.
 */
export function renderWithSound(view: ResultsView, literal: readonly SectionHit[], sound: SoundResult, query: string): void {
  renderHits(view, literal, query);
  if (sound.hits.length === 0) return;
  const strings = searchStrings();
  const tag = sound.kind === 'pinyin' ? strings.pinyinTag : strings.homophoneTag;
  view.list.append(...sound.hits.map((hit) => resultItem(hit, hit.matched.join(' '), tag)));
  view.status.textContent = soundStatus(sound, literal.length, query);
}

/** “长三角”、“…” as long as whole words fit in QUERY_SHOWN characters, then "……". */
function listWords(words: readonly string[]): string {
  const { quoted, listSeparator } = searchStrings();
  const [first = '', ...rest] = words.map((word) => fill(quoted, { text: shorten(word, QUERY_SHOWN) }));
  let list = first;
  for (const word of rest) {
    if (list.length + listSeparator.length + word.length > QUERY_SHOWN) return list + ELLIPSIS;
    list += listSeparator + word;
  }
  return list;
}

/** What the status line says when sound found something. */
export function soundStatus(sound: SoundResult, literalCount: number, query: string): string {
  const strings = searchStrings();
  const shown = shownQuery(query);
  const count = sound.hits.length;
  if (sound.kind === 'homophone') {
    const words = [...new Set(sound.hits.flatMap((hit) => hit.matched))];
    return fill(strings.foundHomophones, { query: shown, words: listWords(words), count });
  }
  return literalCount
    ? fill(strings.foundAlsoPinyin, { count: literalCount, pinyinCount: count })
    : fill(strings.foundPinyin, { query: shown, count });
}
