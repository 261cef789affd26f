/**
 * The speech's numbering: seven priorities, named 第一 … 第七. The one home of the count and
 * of the Chinese numerals, for the schema, the importer, the site and the tests.
 */

/** The number of numbered priorities in the speech. */
export const PRIORITY_COUNT = 7;

/** Chinese numerals 1–10: enough to name every priority and the first number past the last. */
const NUMERALS = '一二三四五六七八九十';

/** 5 → "五". Throws for numbers without a numeral here. */
export function chineseNumeral(n: number): string {
  const numeral = Number.isInteger(n) && n >= 1 ? NUMERALS[n - 1] : undefined;
  if (numeral === undefined) throw new RangeError(`no Chinese numeral for ${n}`);
  return numeral;
}

/** "五" → 5; undefined for anything that is not one numeral 一 … 十. */
export function numeralValue(numeral: string): number | undefined {
  const index = numeral.length === 1 ? NUMERALS.indexOf(numeral) : -1;
  return index < 0 ? undefined : index + 1;
}

/** A numeral character class for regular expressions: "[一二三四五六七八九十]". */
export const NUMERAL_CLASS = `[${NUMERALS}]`;

/** 5 → "第五", the speech's own name for a priority. */
export function ordinal(n: number): string {
  return `第${chineseNumeral(n)}`;
}
