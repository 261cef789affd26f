import { readFileSync } from 'node:fs';
import { parseTraditional, TRADITIONAL_FILE, type TraditionalSettings } from '../schema/traditional';
import { TRADITIONAL_LANG, type Edition } from './editions';

/**
 * The traditional edition's reviewed settings (content/traditional.json, read from the project
 * root like every build step) and its language tags; its converters are in traditional-script.ts.
 * Build and test time only: never sent to a browser.
 */
export const traditional: TraditionalSettings = parseTraditional(readFileSync(TRADITIONAL_FILE, 'utf8'));

/** The language tag of each edition's pages: zh-CN, and the traditional standard's tag (zh-TW for tw). */
export const editionLang: Record<Edition, string> = { simplified: 'zh-CN', traditional: TRADITIONAL_LANG[traditional.standard] };

/** Open Graph's locale (language_TERRITORY) of each edition. */
export const editionOgLocale: Record<Edition, string> = {
  simplified: 'zh_CN',
  traditional: traditional.standard === 'hk' ? 'zh_HK' : 'zh_TW',
};
