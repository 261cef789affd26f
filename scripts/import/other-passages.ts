import { ImportError } from './errors';
import type { Block, OtherPassageEntry } from './types';

/**
 * Passages after the last numbered priority, named by their own opening or closing words.
 * The title must be words of the passage itself: nothing invented.
 */
export const OTHER_PASSAGES: readonly OtherPassageEntry[] = [
  { id: 'xi-jinping-stresses', title: '习近平强调', opening: '习近平强调，' },
  { id: 'xi-jinping-points-out', title: '习近平指出', opening: '习近平指出，' },
  { id: 'han-zheng', title: '韩正在讲话中表示', opening: '韩正在讲话中表示，' },
  { id: 'attendance', title: '参加座谈会', closing: '参加座谈会。' },
];

function matches(entry: OtherPassageEntry, text: string): boolean {
  return (
    (entry.opening !== undefined && text.startsWith(entry.opening)) ||
    (entry.closing !== undefined && text.endsWith(entry.closing))
  );
}

/** Rule 6: the id and title of an unnumbered passage, from the table above. */
export function nameOtherPassage(block: Block, table: readonly OtherPassageEntry[] = OTHER_PASSAGES): { id: string; title: string } {
  const line = block.paragraphs[0]?.line;
  const found = table.filter((entry) => matches(entry, block.text));
  if (found.length === 0) {
    throw new ImportError(
      `no entry in scripts/import/other-passages.ts matches the passage "${block.text.slice(0, 20)}…"; ` +
        `add an entry (id, title, and the opening or closing words it starts or ends with)`,
      line,
    );
  }
  if (found.length > 1) {
    throw new ImportError(`the passage "${block.text.slice(0, 20)}…" matches several entries: ${found.map((e) => e.id).join(', ')}`, line);
  }
  const [entry] = found as [OtherPassageEntry];
  if (!block.text.includes(entry.title)) {
    throw new ImportError(`title "${entry.title}" of entry ${entry.id} is not words of its passage`, line);
  }
  return { id: entry.id, title: entry.title };
}
