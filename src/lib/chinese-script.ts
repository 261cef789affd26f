import { ConverterBuilder, CustomConverter, type ConverterFunction } from 'opencc-js/core';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import * as fromSimplified from 'opencc-js/preset/cn2t';
import * as toSimplifiedPreset from 'opencc-js/preset/t2cn';
import type { TraditionalSettings } from '../schema/traditional';

/**
 * Simplified ⇄ traditional Chinese with OpenCC (opencc-js), characters only: the traditional
 * edition is the simplified text written in another script, never other words. Build-time
 * code: nothing here reaches the browser except the fold table it computes.
 */
export interface ScriptConverters {
  toTraditional(text: string): string;
  toSimplified(text: string): string;
}

export function scriptConverters(settings: TraditionalSettings): ScriptConverters {
  // OpenCC builds its phrase tries on the first conversion, not on import (about 150 ms): a build
  // whose traditional pages all come from the cache never needs them.
  let forward: ConverterFunction | undefined;
  let back: ConverterFunction | undefined;
  const toTraditional = (text: string): string => {
    forward ??= (() => {
      const opencc = ConverterBuilder(fromSimplified)({ from: 'cn', to: settings.standard });
      const correct: ConverterFunction =
        settings.corrections.length > 0 ? CustomConverter(settings.corrections.map((c) => [c.from, c.to] as const)) : (t) => t;
      return (t) => correct(opencc(t));
    })();
    return sameLength(text, forward(text));
  };
  const toSimplified = (text: string): string => {
    back ??= ConverterBuilder(toSimplifiedPreset)({ from: settings.standard, to: 'cn' });
    return sameLength(text, back(text));
  };
  return { toTraditional, toSimplified };
}

/**
 * Conversion must keep every character in place (one code point for one), so that markup split
 * across text nodes, search offsets and highlights line up in both scripts.
 */
function sameLength(source: string, converted: string): string {
  const from = [...source];
  const to = [...converted];
  if (from.length !== to.length) {
    const at = from.findIndex((char, i) => char !== to[i]);
    throw new Error(
      `content/traditional.json: field "standard": OpenCC changed the length of "${source.slice(Math.max(0, at - 5), at + 10)}"; ` +
        'only character-for-character conversion is supported',
    );
  }
  return converted;
}

/** "a b|c d" → [["a","b"],["c","d"]], OpenCC's dictionary format. */
function pairs(dictionary: string): [string, string][] {
  return dictionary.split('|').flatMap((entry) => {
    const [from, to] = entry.split(' ');
    return from && to ? [[from, to] as [string, string]] : [];
  });
}

/**
 * For search across scripts: each traditional character a reader may type or read, mapped to the
 * simplified character of the text it stands for. Only characters whose simplified form occurs in
 * `simplified` are listed, so the table stays small (it is sent to the browser).
 * - the editions themselves, character by character (`editions`: the same text in traditional
 *   script, aligned with `simplified`): exactly the characters the traditional pages show;
 * - OpenCC's traditional-to-simplified characters (TSCharacters), for other standards' forms;
 * - the Taiwan and Hong Kong variant forms (爲/為, 衞/衛 …), mapped through them.
 * A character that is itself part of the simplified text is never folded, so simplified search is
 * unchanged; an edition that needs such a fold is an error.
 */
export function foldTable(simplified: string, editions: readonly string[]): Record<string, string> {
  const inText = new Set(simplified);
  const table = new Map<string, string>();
  const characters = pairs(TSCharacters).filter(([, s]) => [...s].length === 1);
  const toSimplified = new Map(characters);
  for (const [traditional, simple] of characters) {
    if (inText.has(simple) && !inText.has(traditional)) table.set(traditional, simple);
  }
  for (const [variant, standard] of [...pairs(TWVariantsRev), ...pairs(HKVariantsRev)]) {
    const simple = toSimplified.get(standard) ?? standard;
    if ([...variant].length === 1 && inText.has(simple) && !inText.has(variant) && variant !== simple) table.set(variant, simple);
  }
  const source = [...simplified];
  for (const edition of editions) {
    [...edition].forEach((char, i) => {
      const simple = source[i];
      if (simple === undefined || char === simple) return;
      if (inText.has(char)) {
        throw new Error(`the traditional edition writes ${simple} as ${char}, which the simplified text also uses: search could not tell them apart`);
      }
      table.set(char, simple);
    });
  }
  return Object.fromEntries([...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
