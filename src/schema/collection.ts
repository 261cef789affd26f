import { PRIORITY_COUNT } from '../lib/numerals';
import type { PassageData } from './passage';

export interface PassageLike {
  id: string;
  data: PassageData;
  filePath?: string | undefined;
}

/**
 * Rules over the whole collection that a per-file schema cannot express: priority numbers
 * 1–7 each exactly once, and a unique reading order. Returns the passages in reading order;
 * throws an error naming the file and the field.
 */
export function checkCollection<T extends PassageLike>(passages: readonly T[]): T[] {
  const file = (p: T) => p.filePath ?? `content/passages/${p.id}.md`;
  const byNumber = new Map<number, T>();
  const byOrder = new Map<number, T>();
  for (const p of passages) {
    if (p.data.kind === 'priority') {
      const twin = byNumber.get(p.data.number);
      if (twin) throw new Error(`${file(p)}: field "number": ${p.data.number} is also used by ${file(twin)}`);
      byNumber.set(p.data.number, p);
    }
    const twin = byOrder.get(p.data.order);
    if (twin) throw new Error(`${file(p)}: field "order": ${p.data.order} is also used by ${file(twin)}`);
    byOrder.set(p.data.order, p);
  }
  for (let n = 1; n <= PRIORITY_COUNT; n++) {
    if (!byNumber.has(n)) throw new Error(`content/passages: field "number": no file has priority number ${n}`);
  }
  return [...passages].sort((a, b) => a.data.order - b.data.order);
}
