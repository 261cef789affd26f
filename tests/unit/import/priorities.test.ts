import { describe, expect, it } from 'vitest';
import { joinParagraphs } from '../../../scripts/import/join';
import { groupPriorities, priorityNumber } from '../../../scripts/import/priorities';
import { paragraphs, priorities, priority } from './synthetic';

const group = (...texts: string[]) => groupPriorities(joinParagraphs(paragraphs(...texts)));

describe('priorityNumber', () => {
  it('reads 第N， at the start of a paragraph only', () => {
    expect(priorityNumber('第五，推动浦东。')).toBe(5);
    expect(priorityNumber('第八，多了。')).toBe(8);
    expect(priorityNumber('要坚持第一标准。')).toBeUndefined();
    expect(priorityNumber('第五推动。')).toBeUndefined();
  });
});

describe('groupPriorities (rule 5)', () => {
  it('starts priority N at 第N， and takes the heading phrase up to the first 。', () => {
    const { priorities: found, rest } = group(...priorities(1, 7));
    expect(found.map((p) => [p.number, p.title])).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [n, `标题${n}`]));
    expect(rest).toEqual([]);
  });

  it('gives text before the first numbered priority to the priority before it, without a title', () => {
    const { priorities: found } = group('尾句。', ...priorities(2, 7));
    expect(found[0]).toMatchObject({ number: 1, title: undefined });
    expect(found[0]?.blocks.map((b) => b.text)).toEqual(['尾句。']);
  });

  it('keeps unnumbered paragraphs between priorities in the current priority', () => {
    const { priorities: found } = group(...priorities(1, 3), '续段。', ...priorities(4, 7));
    expect(found[2]?.blocks.map((b) => b.text)).toEqual([priority(3), '续段。']);
  });

  it('leaves every paragraph after the last priority for the other passages', () => {
    const { rest } = group(...priorities(1, 7), '甲说，好。', '乙。');
    expect(rest.map((b) => b.text)).toEqual(['甲说，好。', '乙。']);
  });

  it.each([
    ['a priority number twice with different text', [...priorities(1, 7), priority(5, '别的。')], 15, /priority 第五 appears twice with different text \(lines 9 and 15\)/],
    ['a missing priority number', [...priorities(1, 3), ...priorities(5, 7)], 7, /priority 第四 is missing \(the next one found is 第五\)/],
    ['a missing last priority', priorities(1, 6), undefined, /priority 第七 is missing/],
    ['text before 第一', ['开头。', ...priorities(1, 7)], 1, /text before 第一 belongs to no priority/],
    ['a missing first priority', ['开头。', ...priorities(3, 7)], 3, /priority 第一 is missing \(the first one found is 第三\)/],
    ['a missing first priority without leading text', priorities(2, 7), 1, /priority 第一 is missing \(the first one found is 第二\)/],
    ['a number beyond 第七', [...priorities(1, 7), priority(8)], 15, /priority 第八 is beyond 第七/],
    ['no numbered priority at all', ['甲。', '乙。'], undefined, /no numbered priority/],
    ['a priority without a heading phrase', [...priorities(1, 6), '第七，没有句号！'], 13, /priority "第七，没有句号！" has no heading phrase/],
  ])('rejects %s, naming the line', (_, texts, line, message) => {
    const run = () => group(...texts);
    expect(run).toThrow(message);
    expect(run).toThrow(expect.objectContaining({ line }));
  });
});
