import { NUMERAL_CLASS, numeralValue, ordinal, PRIORITY_COUNT } from '../../src/lib/numerals';
import { ImportError } from './errors';
import type { Block, Grouping, PriorityDraft } from './types';

const PRIORITY_LEAD = new RegExp(`^第(${NUMERAL_CLASS})，`, 'u');

/** The number of a paragraph that opens a numbered priority ("第五，…" → 5), else undefined. */
export function priorityNumber(text: string): number | undefined {
  const numeral = PRIORITY_LEAD.exec(text)?.[1];
  return numeral === undefined ? undefined : numeralValue(numeral);
}

/** The heading phrase of a priority: between "第N，" and the first "。". */
export function priorityTitle(block: Block): string {
  const lead = PRIORITY_LEAD.exec(block.text)?.[0] ?? '';
  const end = block.text.indexOf('。');
  const title = end < 0 ? '' : block.text.slice(lead.length, end);
  if (title === '') {
    throw new ImportError(`priority "${block.text.slice(0, 20)}" has no heading phrase ending in "。"`, firstLine(block));
  }
  return title;
}

function firstLine(block: Block): number {
  return block.paragraphs[0]?.line ?? 0;
}

/**
 * Rule 5: a block opening with 第N， starts priority N; unnumbered blocks continue the current
 * priority; blocks before the first numbered one are the tail of the priority before it. Every
 * block after the last priority's opening block is left for the other passages.
 */
export function groupPriorities(blocks: readonly Block[]): Grouping {
  const numbered = blocks.map((block) => priorityNumber(block.text));
  const lastLead = numbered.findLastIndex((n) => n !== undefined);
  if (lastLead < 0) throw new ImportError(`no numbered priority (第一 … ${ordinal(PRIORITY_COUNT)}) found`);

  const priorities: PriorityDraft[] = [];
  const leading: Block[] = [];
  blocks.slice(0, lastLead + 1).forEach((block, index) => {
    const number = numbered[index];
    const current = priorities.at(-1);
    if (number === undefined) {
      if (current) current.blocks.push(block);
      else leading.push(block);
      return;
    }
    const line = firstLine(block);
    const label = ordinal(number);
    if (number > PRIORITY_COUNT) throw new ImportError(`priority ${label} is beyond ${ordinal(PRIORITY_COUNT)}`, line);
    const twin = priorities.find((p) => p.number === number);
    if (twin) {
      throw new ImportError(
        `priority ${label} appears twice with different text (lines ${firstLine(twin.blocks[0]!)} and ${line})`,
        line,
      );
    }
    if (!current) {
      // Text before the first numbered priority is the tail of the one before it.
      const start = leading.length > 0 ? number - 1 : number;
      if (start < 1) throw new ImportError('text before 第一 belongs to no priority', firstLine(leading[0]!));
      if (start > 1) throw new ImportError(`priority 第一 is missing (the first one found is ${label})`, line);
      if (leading.length > 0) priorities.push({ number: 1, title: undefined, blocks: leading });
    }
    const expected = (priorities.at(-1)?.number ?? 0) + 1;
    if (number !== expected) {
      throw new ImportError(`priority ${ordinal(expected)} is missing (the next one found is ${label})`, line);
    }
    priorities.push({ number, title: priorityTitle(block), blocks: [block] });
  });

  const last = priorities.at(-1)!;
  if (last.number !== PRIORITY_COUNT) {
    throw new ImportError(`priority ${ordinal(last.number + 1)} is missing (the last one found is ${ordinal(last.number)})`);
  }
  return { priorities, rest: blocks.slice(lastLead + 1) };
}
