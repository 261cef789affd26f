import { foldTable, scriptConverters } from './chinese-script';
import { traditional } from './traditional';

/**
 * The traditional edition's converters (OpenCC, with content/traditional.json's corrections) and
 * the search fold table they make. Build and test time only; a module of its own so that pages
 * load OpenCC's dictionaries only when something must be converted (a build cache miss).
 */
export const { toTraditional, toSimplified } = scriptConverters(traditional);

/** The fold table for searching `texts` (section labels and passages, simplified) in either script. */
export function searchFold(texts: readonly string[]): Record<string, string> {
  const simplified = texts.join('');
  return foldTable(simplified, [toTraditional(simplified)]);
}
