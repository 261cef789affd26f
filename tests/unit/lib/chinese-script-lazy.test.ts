import { describe, expect, it, vi } from 'vitest';

// OpenCC's converter builder, watched: the build skips it when every converted page is cached.
const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('opencc-js/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('opencc-js/core')>();
  return {
    ...real,
    ConverterBuilder: (...args: Parameters<typeof real.ConverterBuilder>) => {
      built.count++;
      return real.ConverterBuilder(...args);
    },
  };
});

// A fresh module: test files share their worker's modules (vitest.unit.config.ts).
vi.resetModules();
const { scriptConverters } = await import('../../../src/lib/chinese-script');

describe('scriptConverters, lazily', () => {
  it('builds each direction’s converter on its first conversion, once', () => {
    const converters = scriptConverters({ standard: 'tw', corrections: [], exceptions: [] });
    expect(built.count).toBe(0);
    expect(converters.toTraditional('长三角')).toBe('長三角');
    expect(converters.toTraditional('一体化')).toBe('一體化');
    expect(built.count).toBe(1);
    expect(converters.toSimplified('長三角')).toBe('长三角');
    expect(converters.toSimplified('一體化')).toBe('一体化');
    expect(built.count).toBe(2);
  });
});
