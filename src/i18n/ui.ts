/**
 * Every string the interface shows to readers, in one place. The speech text itself
 * lives in content/; these are the site's own words.
 */
export const ui = {
  siteName: '扎实推进长三角一体化发展座谈会',
  /** Chinese numerals for priority numbers 1–7. */
  numerals: ['一', '二', '三', '四', '五', '六', '七'],
} as const;

/** "第五" for 5. */
export function priorityLabel(number: number): string {
  const numeral = ui.numerals[number - 1];
  if (!numeral) throw new RangeError(`priority number out of range: ${number}`);
  return `第${numeral}`;
}
