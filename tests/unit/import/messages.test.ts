import { describe, expect, it } from 'vitest';
import { findRepeat } from '../../../scripts/import/dedup';
import { ImportError } from '../../../scripts/import/errors';
import { appendParagraph, joinParagraphs } from '../../../scripts/import/join';
import { renderPassage } from '../../../scripts/import/markdown';
import { nameOtherPassage } from '../../../scripts/import/other-passages';
import { splitParagraphs } from '../../../scripts/import/paragraphs';
import { groupPriorities, priorityTitle } from '../../../scripts/import/priorities';
import { takeTitle } from '../../../scripts/import/title';
import type { Block } from '../../../scripts/import/types';
import type { PassageData } from '../../../src/schema/passage';
import { paragraphs } from './synthetic';

/**
 * The importer's errors on tiny inputs: each names the problem, quotes the start (or end) of the
 * text concerned, cut at a fixed length, and gives the source line.
 */
const LONG = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
const block = (text: string, line = 7): Block => ({ paragraphs: [{ line, text }], text });

function errorOf(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('no error thrown');
}

describe('ImportError', () => {
  it('is named so, and carries the line', () => {
    const error = new ImportError('bad', 3);
    expect([error.name, error.message, error.line]).toEqual(['ImportError', 'bad', 3]);
    expect(new ImportError('bad').line).toBeUndefined();
  });
});

describe('messages', () => {
  it('no title: quotes the first 30 characters of the first paragraph', () => {
    expect(errorOf(() => takeTitle(paragraphs(`${LONG}。`)))).toMatchObject({
      message: `no title: the first paragraph ends a sentence, so it is body text: "${LONG.slice(0, 30)}"`,
      line: 1,
    });
    expect(errorOf(() => takeTitle(paragraphs(`第一，${LONG}`)))).toMatchObject({
      message: `no title: the first paragraph opens a numbered priority: "${`第一，${LONG}`.slice(0, 30)}"`,
      line: 1,
    });
  });

  it('a priority that cannot continue a sentence: quotes the last 15 characters and names their line', () => {
    const open = block(LONG, 5);
    expect(errorOf(() => appendParagraph([open], { line: 7, text: '第二，标题。' }))).toMatchObject({
      message: `paragraph opens priority 第二, so it cannot continue the unfinished sentence "…${LONG.slice(-15)}" of line 5`,
      line: 7,
    });
  });

  it('an unfinished last paragraph: quotes its last 20 characters, at the line of its last part', () => {
    expect(errorOf(() => joinParagraphs(paragraphs('甲。', LONG.slice(0, 5), LONG)))).toMatchObject({
      message: `the last paragraph ends in the middle of a sentence: "…${(LONG.slice(0, 5) + LONG).slice(-20)}"`,
      line: 5,
    });
  });

  it('a passage no entry or several entries match: quotes its first 20 characters', () => {
    expect(errorOf(() => nameOtherPassage(block(`${LONG}。`)))).toMatchObject({
      message:
        `no entry in scripts/import/other-passages.ts matches the passage "${LONG.slice(0, 20)}…"; ` +
        'add an entry (id, title, and the opening or closing words it starts or ends with)',
      line: 7,
    });
    const both = `习近平强调，${LONG}参加座谈会。`;
    expect(errorOf(() => nameOtherPassage(block(both)))).toMatchObject({
      message: `the passage "${both.slice(0, 20)}…" matches several entries: xi-jinping-stresses, attendance`,
      line: 7,
    });
  });

  it('an entry matches by its opening or by its closing, not by words elsewhere', () => {
    const table = [
      { id: 'opening', title: '甲', opening: '甲，' },
      { id: 'closing', title: '乙', closing: '乙。' },
    ];
    expect(nameOtherPassage(block('甲，丙。'), table).id).toBe('opening');
    expect(nameOtherPassage(block('丙乙。'), table).id).toBe('closing');
    expect(() => nameOtherPassage(block('丙甲，乙。丁。'), table)).toThrow(/no entry/);
  });

  it('a priority without a heading phrase: quotes its first 20 characters, at its first line', () => {
    expect(errorOf(() => priorityTitle(block(`第三，${LONG}`, 9)))).toMatchObject({
      message: `priority "${`第三，${LONG}`.slice(0, 20)}" has no heading phrase ending in "。"`,
      line: 9,
    });
    expect(errorOf(() => priorityTitle(block('第三，。正文。', 9))).line).toBe(9);
    expect(priorityTitle(block('第三，标题。正文。'))).toBe('标题');
  });

  it('no numbered priority at all', () => {
    expect(errorOf(() => groupPriorities([block('甲。')])).message).toBe('no numbered priority (第一 … 第七) found');
  });
});

describe('findRepeat', () => {
  it('matches whole clauses only: at the start or after a boundary, ending at the end, a boundary, or before one', () => {
    expect(findRepeat('标题7。正文', '7。')).toBe(-1);
    expect(findRepeat('甲，乙丙', '乙')).toBe(-1);
    expect(findRepeat('甲，乙丙', '乙丙')).toBe(2);
    expect(findRepeat('甲，乙，丙', '乙')).toBe(2);
    expect(findRepeat('甲，乙，', '乙，')).toBe(2);
    expect(findRepeat('乙丙，乙', '乙')).toBe(3);
  });
});

describe('splitParagraphs', () => {
  it('drops a byte order mark at the start only', () => {
    expect(splitParagraphs('\uFEFF甲\n\n乙\uFEFF丙').map((p) => p.text)).toEqual(['甲', '乙\uFEFF丙']);
  });
});

describe('renderPassage', () => {
  const data: PassageData = { kind: 'other', title: '甲', order: 1, sourceLines: [1] };

  it('refuses front matter it cannot write back exactly', () => {
    const extra = { ...data, extra: 1 } as unknown as typeof data;
    expect(errorOf(() => renderPassage('x', extra, ['甲。'])).message).toBe(
      'passage x: remark does not give back the exact front matter after writing it',
    );
  });
});
