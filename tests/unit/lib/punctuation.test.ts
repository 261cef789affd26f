import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The punctuation classes, on every mark. The module is loaded inside each test: its classes
 * are built when it loads, and mutation testing must see the test that loads them.
 */
let punctuation: typeof import('../../../src/lib/punctuation');
beforeEach(async () => {
  vi.resetModules();
  punctuation = await import('../../../src/lib/punctuation');
});

const marks = (test: (char: string) => boolean) => [...'。！？”’」』，、；：…·.,!?a甲 '].filter(test).join('');

describe('punctuation classes', () => {
  it('a sentence ends with 。！？ only', () => {
    expect(marks(punctuation.isSentenceEnd)).toBe('。！？');
  });

  it('a clause ends with ，、；： only', () => {
    expect(marks(punctuation.isClauseEnd)).toBe('，、；：');
  });

  it('a new clause starts after a sentence or clause end, or after a closing quote', () => {
    expect(marks(punctuation.isClauseBoundary)).toBe('。！？”’」』，、；：');
  });

  it('the ellipsis is two U+2026', () => {
    expect(punctuation.ELLIPSIS).toBe('\u2026\u2026');
  });
});
