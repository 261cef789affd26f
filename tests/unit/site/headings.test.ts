import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { passageHeading, passageHeadingText, passageLabel } from '../../../src/lib/headings';
import type { PassageLike } from '../../../src/schema/collection';

const fifth: PassageLike = { id: 'priority-5', data: { kind: 'priority', number: 5, title: '推动浦东高水平改革开放', order: 5, sourceLines: [15] } };
const first: PassageLike = { id: 'priority-1', data: { kind: 'priority', number: 1, order: 1, sourceLines: [5], note: '原文从第一条中途开始。' } };
const other: PassageLike = { id: 'xi-jinping-stresses', data: { kind: 'other', title: '习近平强调', order: 8, sourceLines: [23] } };

describe('passage headings', () => {
  it('number and title for a priority', () => {
    expect(passageHeadingText(fifth)).toBe('第五 推动浦东高水平改革开放');
    const heading = passageHeading(fifth, 1);
    expect(heading.tagName).toBe('h1');
    expect(toString(heading)).toBe('第五 推动浦东高水平改革开放');
  });

  it('only the number where the source has no title, and lists say so', () => {
    expect(passageHeadingText(first)).toBe('第一');
    expect(toString(passageHeading(first, 2))).toBe('第一');
    expect(passageLabel(first)).toBe('第一（原文缺标题）');
  });

  it('the label for other passages', () => {
    expect(passageHeadingText(other)).toBe('习近平强调');
    expect(passageLabel(other)).toBe('习近平强调');
    expect(passageHeading(other, 2).tagName).toBe('h2');
  });
});
