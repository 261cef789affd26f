import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { libraryReadings, numbered, pinyinSettings, textSyllables } from '../../src/lib/pinyin';
import { loadCorpus } from '../support/search-corpus';

/**
 * content/pinyin.json is reviewed by people: every polyphone of the text reads as it says where it
 * has an entry, else as pinyin-pro reads it in context; an entry the text or the library no
 * longer needs fails (as content/traditional.json's do).
 */
const corpus = loadCorpus();

describe('content/pinyin.json and the library', () => {
  /** Where each correction applies in a section's text: character index → syllable. */
  const corrected = (text: string) => {
    const byIndex = new Map<number, string>();
    for (const correction of pinyinSettings.corrections) {
      for (let at = text.indexOf(correction.text); at !== -1; at = text.indexOf(correction.text, at + 1)) {
        correction.pinyin.split(' ').forEach((syllable, i) => byIndex.set(at + i, numbered(syllable)));
      }
    }
    return byIndex;
  };

  it('every polyphone of the text reads as the reviewed file says where it has an entry, else as the library reads it in context', () => {
    let polyphones = 0;
    for (const section of corpus) {
      const text = section.paragraphs.join('\n');
      const library = libraryReadings(text);
      const corrections = corrected(text);
      const syllables = textSyllables(text).split(' ');
      [...library.keys()].forEach((at, i) => {
        const char = text.charAt(at);
        const known = pinyin(char, { multiple: true, type: 'array', toneType: 'num' }).map((s) => s.replaceAll('ü', 'v'));
        if (known.length < 2) return;
        polyphones++;
        const expected = corrections.get(at) ?? library.get(at);
        expect(syllables[i], `${char} in ${text.slice(Math.max(0, at - 4), at + 5)}`).toBe(expected);
        expect(known, `${char}: ${expected} is one of its readings`).toContain(expected);
      });
    }
    expect(polyphones).toBeGreaterThan(100);
  });

  it('was reviewed with the pinyin-pro installed: a new version may read the text differently, so review it again', () => {
    const { version } = JSON.parse(readFileSync('node_modules/pinyin-pro/package.json', 'utf8')) as { version: string };
    expect(pinyinSettings.reviewedWith, 'content/pinyin.json: reviewedWith').toBe(`pinyin-pro@${version}`);
  });

  it('has no stale entry: each correction is in the text and corrects what the library reads there', () => {
    const texts = corpus.map((section) => section.paragraphs.join('\n'));
    for (const { text: phrase, pinyin: reading } of pinyinSettings.corrections) {
      const text = texts.find((t) => t.includes(phrase));
      expect(text, `${phrase}: not in the text`).toBeDefined();
      const at = text?.indexOf(phrase) ?? -1;
      const library = libraryReadings(text ?? '');
      const libraryReading = [...phrase].map((_, i) => library.get(at + i)).join(' ');
      expect(libraryReading, `${phrase}: the library already reads it ${reading}`).not.toBe(reading.split(' ').map(numbered).join(' '));
    }
  });
});

