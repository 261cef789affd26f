import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_PARAM, resultHref, sectionLabel } from '../../../src/search/section';

describe('sectionLabel', () => {
  it('names a priority by number and title, or by number alone where the source has no title', () => {
    expect(sectionLabel({ kind: 'priority', number: 5, title: '推动浦东高水平改革开放', order: 5, sourceLines: [15] })).toBe(
      '第五 · 推动浦东高水平改革开放',
    );
    expect(sectionLabel({ kind: 'priority', number: 1, order: 1, sourceLines: [3] })).toBe('第一');
  });

  it('names another passage by its label', () => {
    expect(sectionLabel({ kind: 'other', title: '习近平强调', order: 8, sourceLines: [20] })).toBe('习近平强调');
  });
});

describe('resultHref', () => {
  it('carries the trimmed query, encoded, before any fragment', () => {
    const href = resultHref('/speech/priorities/5/', ' 先行先试 ');
    expect(new URL(href, 'http://x').searchParams.get(HIGHLIGHT_PARAM)).toBe('先行先试');
    expect(resultHref('/p/#a', 'a&b')).toBe('/p/?highlight=a%26b#a');
  });
});
