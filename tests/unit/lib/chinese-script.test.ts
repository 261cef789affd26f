import { describe, expect, it } from 'vitest';
import { foldTable, scriptConverters } from '../../../src/lib/chinese-script';
import type { TraditionalSettings } from '../../../src/schema/traditional';

const settings = (overrides: Partial<TraditionalSettings> = {}): TraditionalSettings => ({
  standard: 'tw',
  corrections: [],
  exceptions: [],
  ...overrides,
});

describe('scriptConverters', () => {
  it('converts characters to the chosen standard and back', () => {
    const tw = scriptConverters(settings());
    expect(tw.toTraditional('扎实推进长三角一体化发展')).toBe('紮實推進長三角一體化發展');
    expect(tw.toSimplified('紮實推進長三角一體化發展')).toBe('扎实推进长三角一体化发展');
    // Standards differ in a few characters: 为 is 為 in Taiwan, 爲 in OpenCC's own standard.
    expect(tw.toTraditional('为')).toBe('為');
    expect(scriptConverters(settings({ standard: 't' })).toTraditional('为')).toBe('爲');
    expect(scriptConverters(settings({ standard: 'hk' })).toTraditional('卫生')).toBe('衞生');
  });

  it('converts characters only, never words (no Taiwan vocabulary)', () => {
    expect(scriptConverters(settings()).toTraditional('软件')).toBe('軟件');
  });

  it('applies the reviewed corrections after OpenCC', () => {
    expect(scriptConverters(settings()).toTraditional('又要有只争朝夕的紧迫感')).toBe('又要有隻爭朝夕的緊迫感');
    const corrected = scriptConverters(settings({ corrections: [{ from: '隻爭朝夕', to: '只爭朝夕', reason: '副词' }] }));
    expect(corrected.toTraditional('又要有只争朝夕的紧迫感')).toBe('又要有只爭朝夕的緊迫感');
  });

  it('refuses a conversion that changes the length, naming the settings file', () => {
    const broken = scriptConverters(settings({ corrections: [{ from: '發展', to: '發', reason: 'x' }] as never }));
    expect(() => broken.toTraditional('发展')).toThrow(/content\/traditional\.json: field "standard": OpenCC changed the length of "发展"/);
  });
});

describe('foldTable', () => {
  it('maps the edition’s characters to the simplified ones they stand for', () => {
    expect(foldTable('发展', ['發展'])).toMatchObject({ 發: '发' });
  });

  it('adds the other standards’ forms and variants of characters the text uses, and nothing else', () => {
    const table = foldTable('为发', ['為發']);
    expect(table).toMatchObject({ 為: '为', 爲: '为', 發: '发' });
    expect(Object.values(table).every((simple) => '为发'.includes(simple))).toBe(true);
    expect(table['國']).toBeUndefined();
  });

  it('never folds a character the simplified text itself uses', () => {
    expect(foldTable('干', ['幹'])['干']).toBeUndefined();
    expect(() => foldTable('着著', ['著著'])).toThrow(/writes 着 as 著, which the simplified text also uses/);
  });
});
