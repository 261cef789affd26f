import { completeSentences } from '../../src/lib/sentences';
import { isClauseBoundary } from '../../src/lib/punctuation';
import { ImportError } from './errors';
import { appendParagraph } from './join';
import type { Block, Paragraph, Removal } from './types';

/**
 * Where `text` occurs in `kept` as whole clauses (so "7。" does not match inside "标题7。"),
 * or -1. A heading without a terminator matches when punctuation follows it in the kept text.
 */
export function findRepeat(kept: string, text: string): number {
  for (let at = kept.indexOf(text); at >= 0; at = kept.indexOf(text, at + 1)) {
    const end = at + text.length;
    const startsClause = at === 0 || isClauseBoundary(kept.charAt(at - 1));
    const endsClause = end === kept.length || isClauseBoundary(text.charAt(text.length - 1)) || isClauseBoundary(kept.charAt(end));
    if (startsClause && endsClause) return at;
  }
  return -1;
}

/** The kept paragraph whose text covers `offset` in the blocks' concatenated text. */
function lineAt(blocks: readonly Block[], offset: number): number {
  let start = 0;
  for (const block of blocks) {
    for (const paragraph of block.paragraphs) {
      start += paragraph.text.length;
      if (offset < start) return paragraph.line;
    }
  }
  throw new RangeError(`offset ${offset} is past the kept text`);
}

/**
 * Rule 3: drop a paragraph whose whole text already occurs, as whole clauses, in the text kept
 * so far (joined across breaks, so a sentence cut by a break still matches). A paragraph that repeats a
 * complete earlier sentence but also holds new text cannot be accounted for: error.
 */
export function dropRepeats(paragraphs: readonly Paragraph[]): { kept: Paragraph[]; removed: Removal[] } {
  let blocks: Block[] = [];
  const kept: Paragraph[] = [];
  const removed: Removal[] = [];
  for (const paragraph of paragraphs) {
    const keptText = blocks.map((block) => block.text).join('');
    const offset = findRepeat(keptText, paragraph.text);
    if (offset >= 0) {
      removed.push({ line: paragraph.line, text: paragraph.text, duplicateOfLine: lineAt(blocks, offset) });
      continue;
    }
    const earlier = new Set(completeSentences(keptText));
    const repeated = completeSentences(paragraph.text).find((sentence) => earlier.has(sentence));
    if (repeated !== undefined) {
      throw new ImportError(
        `paragraph repeats the sentence "${repeated}" from line ${lineAt(blocks, keptText.indexOf(repeated))} ` +
          `but is not wholly a repeat, so dropping it would lose text and keeping it would repeat text`,
        paragraph.line,
      );
    }
    blocks = appendParagraph(blocks, paragraph);
    kept.push(paragraph);
  }
  return { kept, removed };
}
