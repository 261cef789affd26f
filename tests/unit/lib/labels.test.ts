import { describe, expect, it } from 'vitest';
import { sectionHeading, sectionLabel, sectionName } from '../../../src/lib/labels';
import type { PassageData } from '../../../src/schema/passage';

const fifth: PassageData = { kind: 'priority', number: 5, title: '推动浦东高水平改革开放', order: 5, sourceLines: [15] };
const first: PassageData = { kind: 'priority', number: 1, order: 1, sourceLines: [5], note: '原文从第一条中途开始。' };
const other: PassageData = { kind: 'other', title: '习近平强调', order: 8, sourceLines: [23] };

describe('section names', () => {
  it('a priority: its number and title', () => {
    expect(sectionName(fifth)).toEqual({ number: '第五', title: '推动浦东高水平改革开放' });
    expect(sectionHeading(fifth)).toBe('第五 推动浦东高水平改革开放');
    expect(sectionLabel(fifth)).toBe('第五 推动浦东高水平改革开放');
  });

  it('a priority the source gives no title: the number, and labels say the title is missing', () => {
    expect(sectionName(first)).toEqual({ number: '第一', title: undefined });
    expect(sectionHeading(first)).toBe('第一');
    expect(sectionLabel(first)).toBe('第一（原文缺标题）');
  });

  it('another passage: its own label, no number', () => {
    expect(sectionName(other)).toEqual({ title: '习近平强调' });
    expect(sectionHeading(other)).toBe('习近平强调');
    expect(sectionLabel(other)).toBe('习近平强调');
  });
});
