import { describe, expect, it } from 'vitest';
import { readingsTable, textSyllables } from '../../../src/lib/pinyin';
import { splitSentences } from '../../../src/lib/sentences';
import { searchFold, toTraditional } from '../../../src/lib/traditional-script';
import type { SearchableSection } from '../../../src/search/match';
import { readingsByChar, readSection } from '../../../src/search/pinyin';
import { searchBySound, type SoundData, type SoundKind } from '../../../src/search/sound';
import { loadCorpus } from '../../support/search-corpus';

/**
 * Search by sound over the whole text, with queries computed from content/: the words of a
 * sample of sentences, spelt in pinyin the ways readers type it, and with one character
 * swapped for another that reads the same. The data is what the build writes
 * (src/lib/pinyin.ts); the expected sections are those containing the word, found by plain
 * string search.
 */
const corpus = loadCorpus();
const sections: SearchableSection[] = corpus.map((section, order) => ({ url: `/${section.path}`, label: section.label, text: section.text, order }));
const data: Required<SoundData> = {
  syllables: Object.fromEntries(corpus.map((section) => [section.path, textSyllables(section.paragraphs.join('\n'))])),
  readings: readingsByChar(readingsTable(corpus.map((section) => section.paragraphs.join('\n')))),
};
const fold = searchFold(corpus.flatMap((section) => [section.label, section.text]));
const HAN_WORD = /^\p{Script=Han}{2,4}$/u;
const search = (kind: SoundKind, query: string) => searchBySound(kind, query, sections, [], data, fold, '/');
const containing = (word: string) => sections.filter((section) => section.text.includes(word)).map((section) => section.url);

/** The words (2–4 Chinese characters, as Intl.Segmenter splits them) of every `step`-th sentence, with where they are. */
function sampleWords(step: number): { word: string; section: SearchableSection; at: number }[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words: { word: string; section: SearchableSection; at: number }[] = [];
  let count = 0;
  for (const section of sections) {
    let offset = 0;
    for (const sentence of splitSentences(section.text)) {
      const start = section.text.indexOf(sentence, offset);
      offset = start + sentence.length;
      if (count++ % step) continue;
      for (const { segment, index } of segmenter.segment(sentence)) {
        if (HAN_WORD.test(segment)) words.push({ word: segment, section, at: start + index });
      }
    }
  }
  return words;
}

/** The syllables ("pu3") of the characters at `at` … in a section, as the data has them. */
function syllablesAt(section: SearchableSection, at: number, length: number): string[] {
  const reading = readSection(section.text, data.syllables[section.url.slice(1)]);
  if (!reading) throw new Error(`${section.url}: syllables do not fit`);
  const first = reading.positions.indexOf(at);
  return reading.syllables.slice(first, first + length).map(({ letters, tone }) => `${letters}${tone}`);
}

/** "pu3" → "pǔ": the tone mark on a or e, on the o of ou, else on the last vowel. */
function marked(syllable: string): string {
  const tone = Number(syllable.at(-1));
  const letters = syllable.slice(0, -1).replaceAll('v', 'ü');
  if (tone === 0) return letters;
  const vowel = /[ae]/.exec(letters) ?? /o(?=u)/.exec(letters) ?? /[aeiouü](?=[^aeiouü]*$)/.exec(letters);
  const at = vowel?.index ?? 0;
  return (letters.slice(0, at + 1) + ['\u0304', '\u0301', '\u030c', '\u0300'][tone - 1] + letters.slice(at + 1)).normalize('NFC');
}

const words = sampleWords(4);

describe('pinyin queries computed from the text', () => {
  it('samples enough words', () => expect(words.length).toBeGreaterThan(100));

  it('every word, spelt in full syllables (joined, spaced, with tone marks or numbers, any case), finds every section containing it', () => {
    words.forEach(({ word, section, at }, i) => {
      const syllables = syllablesAt(section, at, word.length);
      const letters = syllables.map((s) => s.slice(0, -1));
      const spellings = [
        letters.join(''),
        letters.join(' ').toUpperCase(),
        [letters.join("'"), syllables.map(marked).join(''), syllables.join('')][i % 3] ?? '',
      ];
      for (const query of spellings) {
        const { hits } = search('pinyin', query);
        const found = hits.map((hit) => hit.section.url);
        expect(found, `${query} (${word})`).toEqual(expect.arrayContaining(containing(word)));
        expect(hits.find((hit) => hit.section === section)?.matched, `${query} (${word})`).toContain(word);
      }
    });
  });

  it('the initials of every four characters starting a word, where no other text has them, find exactly the sections containing those', () => {
    const initialsOf = (section: SearchableSection) => {
      const reading = readSection(section.text, data.syllables[section.url.slice(1)]);
      // One letter per character; punctuation and other breaks as a space, so no run crosses them.
      return section.text.replace(/./gu, (_: string, at: number) => {
        const i = reading?.positions.indexOf(at) ?? -1;
        return i === -1 ? ' ' : (reading?.syllables[i]?.letters[0] ?? ' ');
      });
    };
    const initials = sections.map((section) => ({ section, initials: initialsOf(section) }));
    let checked = 0;
    for (const { section, at } of words) {
      const word = section.text.slice(at, at + 4);
      const run = initials.find((entry) => entry.section === section)?.initials.slice(at, at + 4) ?? '';
      if (!/^[a-z]{4}$/.test(run)) continue;
      const texts = new Set(initials.flatMap((entry) => [...entry.initials.matchAll(new RegExp(run, 'g'))].map((m) => entry.section.text.slice(m.index, m.index + 4))));
      if (texts.size !== 1) continue;
      checked++;
      expect(search('pinyin', run).hits.map((hit) => hit.section.url).sort(), `${run} (${word})`).toEqual(containing(word).sort());
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('reads polyphones as the text reads them (the issue’s examples)', () => {
    const readsAs = (phrase: string, query: string) =>
      expect(search('pinyin', query).hits.flatMap((hit) => hit.matched), `${query}`).toContain(phrase);
    const readsNot = (phrase: string, query: string) =>
      expect(search('pinyin', query).hits.flatMap((hit) => hit.matched), `${query}`).not.toContain(phrase);
    for (const phrase of ['长三角', '长远', '为全局计', '作为', '地区', '机械地理解', '行为']) expect(containing(phrase).length, phrase).toBeGreaterThan(0);
    readsAs('长三角', 'changsanjiao');
    readsNot('长三角', 'zhangsanjiao');
    readsAs('长远', 'chángyuǎn');
    readsAs('为全局计', 'wèiquánjújì');
    readsNot('为全局计', 'wéiquánjújì');
    readsAs('作为', 'zuòwéi');
    readsNot('作为', 'zuòwèi');
    readsAs('地区', 'diqu');
    readsAs('机械地理解', 'jixiedelijie');
    readsNot('机械地理解', 'jixiedilijie');
    readsAs('行为', 'xingwei');
    readsNot('行为', 'hangwei');
  });
});

describe('homophone queries computed from the text', () => {
  /** `word` with its `i`-th character swapped for the first common character that reads the same and is not in the text there. */
  function swapped(word: string, syllable: string, i: number): string | undefined {
    const letters = syllable.slice(0, -1);
    for (const [char, readings] of data.readings) {
      if (char === word[i] || !readings.has(letters) || !/\p{Script=Han}/u.test(char)) continue;
      const query = word.slice(0, i) + char + word.slice(i + 1);
      if (!sections.some((section) => section.text.includes(query)) && query === toTraditional(query)) return query;
    }
    return undefined;
  }

  it('a word with one character swapped for a homophone finds every section containing the word, in either script', () => {
    let checked = 0;
    words.forEach(({ word, section, at }, n) => {
      if (n % 3) return;
      const i = n % word.length;
      const query = swapped(word, syllablesAt(section, at, word.length)[i] ?? '', i);
      if (!query) return;
      checked++;
      for (const q of [query, toTraditional(query)]) {
        const { hits } = search('homophone', q);
        expect(hits.map((hit) => hit.section.url), `${q} (${word})`).toEqual(expect.arrayContaining(containing(word)));
        expect(hits.find((hit) => hit.section === section)?.matched, `${q} (${word})`).toContain(word);
      }
    });
    expect(checked).toBeGreaterThan(20);
  });

  it('the issue’s examples: 长三脚, 普东, 禁鱼, 一体话', () => {
    for (const [query, meant] of [['长三脚', '长三角'], ['普东', '浦东'], ['禁鱼', '禁渔'], ['一体话', '一体化'], ['長三腳', '长三角']] as const) {
      expect(search('homophone', query).hits.flatMap((hit) => hit.matched), query).toContain(meant);
    }
  });
});

describe('very long input', () => {
  const longest = Math.max(...sections.map((section) => section.text.length));
  const timed = (kind: SoundKind, query: string) => {
    const started = performance.now();
    const result = search(kind, query);
    expect(performance.now() - started, `${kind} ${query.slice(0, 12)}… (${query.length})`).toBeLessThan(50);
    return result.hits;
  };

  it('answers within a frame (50 ms), in Latin letters and in Chinese, as long as the longest text and far longer', () => {
    search('pinyin', 'pudong');
    search('homophone', '长三脚');
    expect(timed('pinyin', 'pudong'.repeat(longest))).toEqual([]);
    expect(timed('pinyin', 'a'.repeat(20000))).toEqual([]);
    expect(timed('pinyin', 'changsanjiaoyitihua '.repeat(longest / 5))).toEqual([]);
    expect(timed('homophone', '长三脚'.repeat(longest))).toEqual([]);
    expect(timed('homophone', '长三脚'.repeat(longest / 3))).toEqual([]);
    // Up to the longest a query can be and still be searched: the same term, many times.
    const repeated = '长三脚 '.repeat(Math.floor((2 * longest) / 4));
    expect(repeated.length).toBeGreaterThan(longest);
    expect(timed('homophone', repeated)).toEqual(search('homophone', '长三脚').hits);
    expect(search('homophone', `${repeated}长`).hits).toEqual([]);
  });
});
