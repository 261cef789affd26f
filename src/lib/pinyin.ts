import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { parsePinyinSettings, PINYIN_FILE, type PinyinSettings } from '../schema/pinyin';
import { parseLatinQuery } from '../search/pinyin';
import { toTraditional } from './traditional-script';

/**
 * How the text reads, for search by sound (src/search/pinyin.ts). Build and test time only:
 * pinyin-pro reads each character in its context (长 in 长三角 is cháng, in 增长 zhǎng), and
 * content/pinyin.json corrects the readings it gets wrong here. What the browser gets is the
 * text's own syllables, never the library's dictionary.
 */
export const pinyinSettings: PinyinSettings = parsePinyinSettings(readFileSync(PINYIN_FILE, 'utf8'));

const HAN = /\p{Script=Han}/u;

/** "jī" → "ji1", "lǜ" → "lv4", "de" → "de0": the form the search data stores. */
export function numbered(syllable: string): string {
  const query = parseLatinQuery(syllable);
  if (!query) throw new Error(`not a pinyin syllable: "${syllable}"`);
  return `${query.letters}${[...query.tones.values()][0] ?? 0}`;
}

/** Where `text` has Chinese characters, and how the library reads each there ("pu3"), before any correction. */
export function libraryReadings(text: string): Map<number, string> {
  const readings = new Map<number, string>();
  let at = 0;
  for (const item of pinyin(text, { type: 'all', toneType: 'num', toneSandhi: false })) {
    if (HAN.test(item.origin)) {
      if (item.origin.length !== 1 || !item.isZh) throw new Error(`pinyin-pro cannot read "${item.origin}" in "${text}"`);
      readings.set(at, item.pinyin.replaceAll('ü', 'v'));
    }
    at += item.origin.length;
  }
  if (at !== text.length) throw new Error(`pinyin-pro lost characters of "${text}"`);
  return readings;
}

/** The syllables of `text`, one per Chinese character in order ("pu3 dong1 …"), with the reviewed corrections applied. */
export function textSyllables(text: string, corrections = pinyinSettings.corrections): string {
  const readings = libraryReadings(text);
  for (const correction of corrections) {
    const syllables = correction.pinyin.split(' ').map(numbered);
    for (let at = text.indexOf(correction.text); at !== -1; at = text.indexOf(correction.text, at + 1)) {
      syllables.forEach((syllable, i) => readings.set(at + i, syllable));
    }
  }
  return [...readings.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, syllable]) => syllable)
    .join(' ');
}

/** Every reading the library knows for one character, toneless ("长" → ["chang", "zhang"]). */
export function readingsOf(char: string): string[] {
  const all = pinyin(char, { multiple: true, type: 'array', toneType: 'none', v: true });
  return [...new Set(all.map((syllable) => syllable.replaceAll('ü', 'v')))];
}

/**
 * The 3,755 characters of GB 2312's first level, the most used: those an input method offers
 * first, so the likeliest wrong picks (长三脚 for 长三角). The second level would double the table.
 */
export function commonCharacters(): string[] {
  const decoder = new TextDecoder('gbk');
  const chars: string[] = [];
  for (let high = 0xb0; high <= 0xd7; high++) {
    for (let low = 0xa1; low <= 0xfe; low++) {
      const char = decoder.decode(new Uint8Array([high, low]));
      if (HAN.test(char)) chars.push(char);
    }
  }
  return chars;
}

/**
 * For homophones (长三脚 → 长三角): under each syllable the text uses (toneless), the common
 * characters, in both scripts, that may read so. A query character outside it cannot read
 * like any of the text's, so the table holds only what a query needs.
 */
export function readingsTable(texts: readonly string[]): Record<string, string> {
  const inText = new Map<string, Set<string>>();
  for (const text of texts) {
    const chars = [...text].filter((char) => HAN.test(char));
    textSyllables(text)
      .split(' ')
      .filter(Boolean)
      .forEach((syllable, i) => {
        const char = chars[i] ?? '';
        inText.set(char, (inText.get(char) ?? new Set()).add(syllable.replace(/\d$/, '')));
      });
  }
  const used = new Set([...inText.values()].flatMap((set) => [...set]));
  const table = new Map<string, Set<string>>();
  for (const char of new Set([...commonCharacters(), ...inText.keys()])) {
    const forms = new Set([char, ...toTraditional(char)]);
    for (const reading of new Set([...readingsOf(char), ...(inText.get(char) ?? [])])) {
      if (!used.has(reading)) continue;
      const set = table.get(reading) ?? new Set<string>();
      for (const form of forms) set.add(form);
      table.set(reading, set);
    }
  }
  return Object.fromEntries([...table].sort(([a], [b]) => a.localeCompare(b)).map(([reading, chars]) => [reading, [...chars].join('')]));
}
