/**
 * Finding text by how it reads: a Latin query read as pinyin (`pudong`, `Pu Dong`, `pǔdōng`,
 * `chang'sanjiao`, initials `cjjjd`), or a Chinese query read as its syllables (homophones).
 * Both compare with the text's own syllables in context, computed at build time
 * (src/lib/pinyin.ts); the query is never segmented into syllables by guessing: the text
 * says where its syllables end. Loaded only when a query needs it (src/search/show.ts).
 */
import type { Range } from './match';

/** One syllable of the text: its letters (ü written v) and its tone (1–4, 0 neutral). */
export interface Syllable {
  letters: string;
  tone: number;
}

/** A section's Chinese characters with their syllables: where each is in the text, and how it reads. */
export interface SectionReading {
  /** Index in the text of each Chinese character. */
  positions: number[];
  syllables: Syllable[];
}

/** A Latin query as pinyin: its letters, where the reader separated syllables, and the tones given. */
export interface LatinQuery {
  letters: string;
  /** Letter offsets where a syllable must start (a space, an apostrophe or a tone number). */
  boundaries: ReadonlySet<number>;
  /** Tone given for the syllable that holds the letter at each offset. */
  tones: ReadonlyMap<number, number>;
}

const HAN = /\p{Script=Han}/u;
const TONE_MARKS: Readonly<Record<string, number>> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };
const DIAERESIS = '\u0308';
const SEPARATORS = new Set(["'", '’', '‘', '-']);
const SPACE = /^\s$/u;
/** Initials alone are read from this many letters on: shorter ones would match almost anywhere. */
export const MIN_INITIALS = 4;

/** "pu3" → { letters: "pu", tone: 3 }; "lü4" and "lv4" → "lv". */
export function parseSyllable(syllable: string): Syllable {
  const tone = /\d$/.test(syllable) ? Number(syllable.at(-1)) % 5 : 0;
  return { letters: syllable.replace(/\d$/, '').replaceAll('ü', 'v'), tone };
}

/**
 * A query of Latin letters read as pinyin, or undefined when it is not one (any other
 * character, or no letter). Case, full-width forms, spaces and apostrophes don't matter;
 * tone marks (ǔ) and tone numbers (pu3) must then match the text's tones.
 */
export function parseLatinQuery(query: string): LatinQuery | undefined {
  let letters = '';
  const boundaries = new Set<number>();
  const tones = new Map<number, number>();
  for (const char of query.normalize('NFKC').toLowerCase().normalize('NFD')) {
    const at = letters.length;
    const mark = TONE_MARKS[char];
    if (char >= 'a' && char <= 'z') letters += char;
    else if (char === DIAERESIS && letters.endsWith('u')) letters = `${letters.slice(0, -1)}v`;
    else if (mark !== undefined && at > 0) tones.set(at - 1, mark);
    else if (char >= '0' && char <= '5' && at > 0 && !boundaries.has(at)) {
      tones.set(at - 1, Number(char) % 5);
      boundaries.add(at);
    } else if (SEPARATORS.has(char) || SPACE.test(char)) boundaries.add(at);
    else return undefined;
  }
  boundaries.delete(0);
  boundaries.delete(letters.length);
  return letters ? { letters, boundaries, tones } : undefined;
}

/**
 * Aligns a section's text with its syllables (one per Chinese character, as the build wrote
 * them, "pu3 dong1 …"). Undefined when they do not fit the text: then the section is not
 * read by sound rather than read wrong.
 */
export function readSection(text: string, syllables: string | undefined): SectionReading | undefined {
  if (syllables === undefined) return undefined;
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) if (HAN.test(text.charAt(i))) positions.push(i);
  const parsed = syllables ? syllables.split(' ').map(parseSyllable) : [];
  return parsed.length === positions.length ? { positions, syllables: parsed } : undefined;
}

/** Matches at one position: the number of characters matched from `start`, or 0. */
type MatchAt = (reading: SectionReading, start: number) => number;

/**
 * Ranges of the text where `matchAt` matches, scanning left to right without overlaps.
 * A match covers adjacent characters only (no punctuation or space between them).
 */
export function rangesOf(reading: SectionReading, matchAt: MatchAt): Range[] {
  const ranges: Range[] = [];
  for (let start = 0; start < reading.positions.length; ) {
    const length = matchAt(reading, start);
    if (length === 0) {
      start++;
      continue;
    }
    const first = reading.positions[start] ?? 0;
    ranges.push([first, first + length]);
    start += length;
  }
  return ranges;
}

/** Whether the characters start … start+length-1 stand side by side in the text. */
function adjacent(reading: SectionReading, start: number, length: number): boolean {
  const first = reading.positions[start] ?? -1;
  return reading.positions[start + length - 1] === first + length - 1;
}

/** The query spelt out in full syllables from `start`: the number of characters it covers, or 0. */
export function fullMatch(query: LatinQuery): MatchAt {
  return (reading, start) => {
    let at = 0;
    let count = 0;
    while (at < query.letters.length) {
      const syllable = reading.syllables[start + count];
      if (!syllable || !query.letters.startsWith(syllable.letters, at)) return 0;
      const end = at + syllable.letters.length;
      for (let i = at; i < end; i++) {
        if (i > at && query.boundaries.has(i)) return 0;
        const tone = query.tones.get(i);
        if (tone !== undefined && tone !== syllable.tone) return 0;
      }
      at = end;
      count++;
    }
    return adjacent(reading, start, count) ? count : 0;
  };
}

/** The query as the first letters of consecutive syllables (cjjjd → 长江经济带), or 0. */
export function initialsMatch(query: LatinQuery): MatchAt {
  const { letters } = query;
  return (reading, start) => {
    for (let i = 0; i < letters.length; i++) {
      if (reading.syllables[start + i]?.letters[0] !== letters[i]) return 0;
    }
    return adjacent(reading, start, letters.length) ? letters.length : 0;
  };
}

/** How a Latin query is matched: full syllables, and initials alone for a plain run of four letters or more. */
export function pinyinMatchers(query: LatinQuery): MatchAt[] {
  const initials = query.letters.length >= MIN_INITIALS && query.boundaries.size === 0 && query.tones.size === 0;
  return initials ? [fullMatch(query), initialsMatch(query)] : [fullMatch(query)];
}

/** A character → the syllables (toneless) it may be read as: "浦普谱" under "pu" etc. */
export type Readings = ReadonlyMap<string, ReadonlySet<string>>;

/** The readings table as the build writes it ({ "pu": "浦普…" }), by character. */
export function readingsByChar(table: Readonly<Record<string, string>>): Readings {
  const readings = new Map<string, Set<string>>();
  for (const [syllable, chars] of Object.entries(table)) {
    for (const char of chars) {
      const set = readings.get(char) ?? new Set<string>();
      set.add(syllable);
      readings.set(char, set);
    }
  }
  return readings;
}

/**
 * A Chinese term read as the text reads: each character matches a character of the text
 * that has one of its readings (tones ignored). Undefined when a character of the term is
 * not Chinese or has no reading the text uses.
 */
export function homophoneMatch(term: string, readings: Readings): MatchAt | undefined {
  const chars = [...term];
  const sets = chars.map((char) => (HAN.test(char) ? readings.get(char) : undefined));
  if (chars.length === 0 || sets.some((set) => set === undefined)) return undefined;
  return (reading, start) => {
    const fits = sets.every((set, i) => {
      const syllable = reading.syllables[start + i];
      return syllable !== undefined && set?.has(syllable.letters) === true;
    });
    return fits && adjacent(reading, start, chars.length) ? chars.length : 0;
  };
}
