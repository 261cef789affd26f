import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePinyinSettings, PINYIN_FILE } from '../../../src/schema/pinyin';

describe('content/pinyin.json', () => {
  it('is valid', () => {
    expect(parsePinyinSettings(readFileSync(PINYIN_FILE, 'utf8')).corrections.length).toBeGreaterThan(0);
  });

  it.each([
    ['not JSON', '{', /content\/pinyin\.json: field "\(whole file\)": invalid JSON/],
    ['a text that is not Chinese', '{"reviewedWith":"pinyin-pro@1.0.0","corrections":[{"text":"地 ","pinyin":"de","reason":"r"}]}', /content\/pinyin\.json: field "corrections\.0\.text": Chinese characters only/],
    ['tone numbers', '{"reviewedWith":"pinyin-pro@1.0.0","corrections":[{"text":"地","pinyin":"de5","reason":"r"}]}', /field "corrections\.0\.pinyin": syllables with tone marks, separated by one space/],
    ['two spaces', '{"reviewedWith":"pinyin-pro@1.0.0","corrections":[{"text":"地区","pinyin":"dì  qū","reason":"r"}]}', /field "corrections\.0\.pinyin": syllables with tone marks/],
    ['one syllable too few', '{"reviewedWith":"pinyin-pro@1.0.0","corrections":[{"text":"机械地","pinyin":"jī xiè","reason":"r"}]}', /field "corrections\.0\.pinyin": one syllable for each character/],
    ['no reason', '{"reviewedWith":"pinyin-pro@1.0.0","corrections":[{"text":"地","pinyin":"de","reason":""}]}', /field "corrections\.0\.reason"/],
    ['no reviewed version', '{"corrections":[]}', /field "reviewedWith": Invalid input: expected string, received undefined/],
    ['a reviewed version that is not pinyin-pro’s', '{"reviewedWith":"pinyin@1.0.0","corrections":[]}', /field "reviewedWith": pinyin-pro@<version>/],
    ['an unknown field', '{"reviewedWith":"pinyin-pro@1.0.0","corrections":[],"extra":1}', /field "\(whole file\)": Unrecognized key/],
  ])('rejects %s, naming the file and the field', (_, json, message) => {
    expect(() => parsePinyinSettings(json)).toThrow(message);
  });

  it('takes tone marks and ü', () => {
    expect(parsePinyinSettings('{"reviewedWith":"pinyin-pro@1.0.0","corrections":[{"text":"绿率","pinyin":"lǜ shuài","reason":"r"}]}').corrections).toHaveLength(1);
  });
});
