/**
 * Query and text normalisation for exact phrase matching. Both sides go through the same
 * code-point mapping (NFKC, lower case, format characters such as Pagefind's zero-width word
 * separators dropped), so full-width and half-width forms compare equal. Spaces carry no
 * meaning next to Chinese characters or punctuation and are dropped there; in a query, the
 * remaining spaces separate terms. A fold table makes traditional characters read as the
 * simplified ones of the text, so either script finds either edition.
 */

/** Characters read as others: each traditional character → the simplified character it stands for. */
export type Fold = Readonly<Record<string, string>>;

const NO_FOLD: Fold = {};

/** A normalised string with, for each of its UTF-16 units, the source range it came from. */
export interface Normalised {
  text: string;
  /** from[i]: index in the source where the code point behind text[i] starts. */
  from: number[];
  /** to[i]: index in the source just after that code point. */
  to: number[];
}

const FORMAT = /\p{Cf}/u;
const SPACE = /\s/u;
const PUNCTUATION = /\p{P}/u;
/** Scripts written without spaces between words. */
const UNSPACED = /[\p{P}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;

/**
 * Normalise `source`. Spaces next to `tight` characters are dropped; other runs of spaces
 * become one ' '. Text uses UNSPACED (Chinese never needs a space), queries PUNCTUATION
 * (a space between two Chinese words in a query separates terms).
 */
export function normaliseWithMap(source: string, tight: RegExp = UNSPACED, fold: Fold = NO_FOLD): Normalised {
  const units: { char: string; from: number; to: number }[] = [];
  for (let i = 0; i < source.length; ) {
    const char = String.fromCodePoint(source.codePointAt(i) ?? 0);
    const next = i + char.length;
    if (!FORMAT.test(char)) {
      for (const unit of char.normalize('NFKC').toLowerCase()) {
        units.push({ char: SPACE.test(unit) ? ' ' : (fold[unit] ?? unit), from: i, to: next });
      }
    }
    i = next;
  }
  // following[i]: the first non-space character after units[i].
  const following: (string | undefined)[] = [];
  for (let i = units.length - 1, next: string | undefined; i >= 0; i--) {
    following[i] = next;
    const char = units[i]?.char;
    if (char !== ' ') next = char;
  }
  const result: Normalised = { text: '', from: [], to: [] };
  units.forEach((unit, i) => {
    if (unit.char === ' ') {
      const previous = result.text.at(-1);
      const after = following[i];
      const drop =
        previous === undefined || previous === ' ' || after === undefined || tight.test(previous) || tight.test(after);
      if (drop) return;
    }
    for (const code of unit.char) {
      result.text += code;
      result.from.push(unit.from);
      result.to.push(unit.to);
    }
  });
  return result;
}

/** Normalised text of a section or page, for matching. */
export function normaliseText(source: string, fold: Fold = NO_FOLD): string {
  return normaliseWithMap(source, UNSPACED, fold).text;
}

/**
 * The terms of a query: normalised, split on the spaces that remain, duplicates removed.
 * "浦东 改革" → ["浦东", "改革"]; "先行先试 ，积极探索" → ["先行先试,积极探索"].
 */
export function parseQuery(query: string, fold: Fold = NO_FOLD): string[] {
  const { text } = normaliseWithMap(query, PUNCTUATION, fold);
  // A term is then compared with normalised text, so normalise it the text's way too.
  const terms = text.split(' ').map((term) => normaliseText(term, fold)).filter(Boolean);
  return [...new Set(terms)];
}
