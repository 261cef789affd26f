/**
 * Phrase boundaries as data: cutting a text at them, and writing them into an attribute (the
 * search labels' Pagefind metadata) and back. No BudouX here, so the search chunk can use it.
 */

/** `text` cut at `boundaries` (ascending offsets); joined, the pieces give the text back. */
export function splitAt(text: string, boundaries: readonly number[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const at of boundaries) {
    if (at <= from || at >= text.length) continue;
    pieces.push(text.slice(from, at));
    from = at;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** [3, 5, 9] → "3 5 9" (no commas: Pagefind separates metadata fields with them). */
export function formatBoundaries(boundaries: readonly number[]): string {
  return boundaries.join(' ');
}

/** "3 5 9" → [3, 5, 9]; anything that is not a list of offsets gives no boundaries. */
export function parseBoundaries(value: string | undefined): number[] {
  const offsets = (value ?? '').trim().split(/\s+/).filter(Boolean).map(Number);
  return offsets.every((n) => Number.isInteger(n) && n > 0) ? offsets : [];
}
