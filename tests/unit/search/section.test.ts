import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_PARAM, resultHref } from '../../../src/search/section';

describe('resultHref', () => {
  it('carries the trimmed query, encoded, before any fragment', () => {
    const href = resultHref('/speech/priorities/5/', ' 先行先试 ');
    expect(new URL(href, 'http://x').searchParams.get(HIGHLIGHT_PARAM)).toBe('先行先试');
    expect(resultHref('/p/#a', 'a&b')).toBe('/p/?highlight=a%26b#a');
  });
});
