import { readFileSync } from 'node:fs';
import { parseTraditional, TRADITIONAL_FILE, type TraditionalSettings } from '../schema/traditional';
import { foldTable, scriptConverters } from './chinese-script';
import { TRADITIONAL_LANG, type Edition } from './editions';

/**
 * The traditional edition's reviewed settings (content/traditional.json, read from the project
 * root like every build step) and its converters. Build and test time only: never sent to a browser.
 */
export const traditional: TraditionalSettings = parseTraditional(readFileSync(TRADITIONAL_FILE, 'utf8'));
export const { toTraditional, toSimplified } = scriptConverters(traditional);

/** The language tag of each edition's pages: zh-CN, and the traditional standard's tag (zh-TW for tw). */
export const editionLang: Record<Edition, string> = { simplified: 'zh-CN', traditional: TRADITIONAL_LANG[traditional.standard] };

/** Open Graph's locale (language_TERRITORY) of each edition. */
export const editionOgLocale: Record<Edition, string> = {
  simplified: 'zh_CN',
  traditional: traditional.standard === 'hk' ? 'zh_HK' : 'zh_TW',
};

/** The fold table for searching `texts` (section labels and passages, simplified) in either script. */
export function searchFold(texts: readonly string[]): Record<string, string> {
  const simplified = texts.join('');
  return foldTable(simplified, [toTraditional(simplified)]);
}
