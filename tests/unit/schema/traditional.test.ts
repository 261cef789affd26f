import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTraditional, TRADITIONAL_FILE } from '../../../src/schema/traditional';

describe('content/traditional.json', () => {
  it('is valid', () => {
    expect(parseTraditional(readFileSync(TRADITIONAL_FILE, 'utf8')).standard).toMatch(/^(t|hk|tw)$/);
  });

  it.each([
    ['not JSON', '{', /content\/traditional\.json: field "\(whole file\)": invalid JSON/],
    ['a vocabulary standard', '{"standard":"twp","corrections":[],"exceptions":[]}', /content\/traditional\.json: field "standard": Invalid option: expected one of "t"\|"hk"\|"tw"/],
    ['a correction that changes the length', '{"standard":"tw","corrections":[{"from":"隻","to":"只是","reason":"r"}],"exceptions":[]}', /field "corrections\.0\.to": a correction replaces characters one for one/],
    ['an exception without its reason', '{"standard":"tw","corrections":[],"exceptions":[{"sentence":"甲。"}]}', /field "exceptions\.0\.reason": Invalid input: expected string, received undefined/],
    ['an unknown field', '{"standard":"tw","corrections":[],"exceptions":[],"extra":1}', /field "\(whole file\)": Unrecognized key/],
  ])('rejects %s, naming the file and the field', (_, json, message) => {
    expect(() => parseTraditional(json)).toThrow(message);
  });
});
