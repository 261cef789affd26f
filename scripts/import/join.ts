import { endsSentence } from '../../src/lib/sentences';
import { ImportError } from './errors';
import { ordinal } from '../../src/lib/numerals';
import { priorityNumber } from './priorities';
import type { Block, Paragraph } from './types';

/** True when the block's text does not end a sentence, so the next kept paragraph continues it. */
export function isOpen(block: Block): boolean {
  return !endsSentence(block.text);
}

/**
 * Rule 4, one step: join the paragraph to the last block if that is open, else start a new
 * block. A numbered priority starts a sentence, so it never continues one.
 */
export function appendParagraph(blocks: readonly Block[], paragraph: Paragraph): Block[] {
  const last = blocks.at(-1);
  if (last && isOpen(last)) {
    const number = priorityNumber(paragraph.text);
    if (number !== undefined) {
      throw new ImportError(
        `paragraph opens priority ${ordinal(number)}, so it cannot continue the unfinished sentence ` +
          `"…${last.text.slice(-15)}" of line ${last.paragraphs.at(-1)?.line}`,
        paragraph.line,
      );
    }
    return [...blocks.slice(0, -1), { paragraphs: [...last.paragraphs, paragraph], text: last.text + paragraph.text }];
  }
  return [...blocks, { paragraphs: [paragraph], text: paragraph.text }];
}

/** Rule 4: join every paragraph that does not end a sentence with the next one. */
export function joinParagraphs(paragraphs: readonly Paragraph[]): Block[] {
  const blocks = paragraphs.reduce<Block[]>(appendParagraph, []);
  const last = blocks.at(-1);
  if (last && isOpen(last)) {
    throw new ImportError(`the last paragraph ends in the middle of a sentence: "…${last.text.slice(-20)}"`, last.paragraphs.at(-1)?.line);
  }
  return blocks;
}
