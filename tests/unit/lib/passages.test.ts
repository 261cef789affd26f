import { describe, expect, it, vi } from 'vitest';

/** Astro's content collections, replaced: getPassages asks for the passages and orders them. */
const content = vi.hoisted(() => ({ getCollection: vi.fn() }));
vi.mock('astro:content', () => content);

const { getPassages } = await import('../../../src/lib/passages');

const passage = (id: string, order: number, number: number) => ({
  id,
  data: { kind: 'priority' as const, number, order, sourceLines: [order] },
});

describe('getPassages', () => {
  it('reads the passages collection and returns it in reading order, checked', async () => {
    const all = [1, 2, 3, 4, 5, 6, 7].map((n) => passage(`priority-${n}`, 8 - n, n));
    content.getCollection.mockResolvedValue(all);
    expect((await getPassages()).map((p) => p.id)).toEqual([7, 6, 5, 4, 3, 2, 1].map((n) => `priority-${n}`));
    expect(content.getCollection).toHaveBeenCalledWith('passages');
  });

  it('fails on a collection the checks reject', async () => {
    content.getCollection.mockResolvedValue([passage('priority-1', 1, 1)]);
    await expect(getPassages()).rejects.toThrow(/no file has priority number 2/);
  });
});
