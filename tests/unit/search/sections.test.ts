import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Pagefind's browser bundle (what `npm run build` writes to dist/pagefind/pagefind.js),
 * replaced: the job of sections.ts is to ask it for every section, in reading order, once.
 */
const bundle = vi.hoisted(() => ({
  fragments: [] as { url: string; content: string; meta: Record<string, string> }[],
  options: vi.fn(async (_options: unknown) => {}),
  search: vi.fn(async (_term: null, _options: unknown) => ({ results: [] as { data(): Promise<unknown> }[] })),
}));
vi.mock('/speech/pagefind/pagefind.js', () => bundle);
vi.mock('/speech/pagefind/pagefind.js?retry=1', () => ({ ...bundle, retried: true }));
vi.mock('/speech/pagefind/pagefind.js?retry=2', () => ({ ...bundle, retried: true }));

beforeEach(() => {
  vi.resetModules();
  bundle.options.mockClear();
  bundle.search.mockReset();
  bundle.search.mockImplementation(async () => ({ results: bundle.fragments.map((fragment) => ({ data: async () => fragment })) }));
  bundle.fragments = [
    { url: '/speech/priorities/5/', content: '第五\u200b，\u200b推动', meta: { section: '第五 推动', title: '第五 推动｜站名', phrases: '3' } },
    { url: '/speech/passages/han-zheng/', content: '韩正', meta: { title: '韩正在讲话中表示' } },
    { url: '/speech/passages/attendance/', content: '参加', meta: {} },
  ];
});

const sectionsModule = () => import('../../../src/search/sections');

describe('loadSections', () => {
  // Pagefind's own worker runs its WebAssembly (no noWorker option), so loading never blocks the page.
  it('asks Pagefind, with its worker, for every section in reading order, and reads each one’s label, phrases and text', async () => {
    const { loadSections } = await sectionsModule();
    expect(await loadSections('/speech/')).toEqual([
      { url: '/speech/priorities/5/', label: '第五 推动', labelPhrases: [3], text: '第五，推动', order: 0 },
      { url: '/speech/passages/han-zheng/', label: '韩正在讲话中表示', labelPhrases: [], text: '韩正', order: 1 },
      { url: '/speech/passages/attendance/', label: '', labelPhrases: [], text: '参加', order: 2 },
    ]);
    expect(bundle.options.mock.calls).toEqual([[{ baseUrl: '/speech/' }]]);
    expect(bundle.search).toHaveBeenCalledWith(null, { sort: { order: 'asc' } });
  });

  it('loads once per page', async () => {
    const { loadSections } = await sectionsModule();
    const first = loadSections('/speech/');
    expect(loadSections('/speech/')).toBe(first);
    await first;
    expect(await loadSections('/speech/')).toBe(await first);
    expect(bundle.search).toHaveBeenCalledTimes(1);
  });

  it('when fresh, asks again from a new address, though the first request is still pending', async () => {
    const { loadSections } = await sectionsModule();
    bundle.search.mockImplementationOnce(() => new Promise(() => {}));
    const stalled = loadSections('/speech/');
    const fresh = loadSections('/speech/', true);
    expect(fresh).not.toBe(stalled);
    expect(loadSections('/speech/')).toBe(fresh);
    expect(await fresh).toHaveLength(3);
    expect(bundle.search).toHaveBeenCalledTimes(2);
    expect(await loadSections('/speech/', true)).toHaveLength(3);
    expect(bundle.search).toHaveBeenCalledTimes(3);
  });

  it('fails with IndexMissingError where there is no bundle, and tries again on the next call', async () => {
    const { loadSections, IndexMissingError } = await sectionsModule();
    await expect(loadSections('/nowhere/')).rejects.toBeInstanceOf(IndexMissingError);
    expect((await loadSections('/speech/')).length).toBe(3);
  });

  it('passes other failures on as they are, and tries again on the next call', async () => {
    const { loadSections, IndexMissingError } = await sectionsModule();
    const failure = new Error('fragment failed');
    bundle.search.mockRejectedValueOnce(failure);
    const error = await loadSections('/speech/').catch((e: unknown) => e);
    expect(error).toBe(failure);
    expect(error).not.toBeInstanceOf(IndexMissingError);
    expect((await loadSections('/speech/')).length).toBe(3);
  });
});

describe('quietPagefindFailure', () => {
  const rejection = (reason: unknown) => {
    const event = { reason, preventDefault: vi.fn() };
    return event;
  };

  it('marks as handled what Pagefind leaves unawaited on a broken bundle, and nothing else', async () => {
    const { quietPagefindFailure } = await sectionsModule();
    const quiet = (reason: unknown) => {
      const event = rejection(reason);
      quietPagefindFailure(event as unknown as PromiseRejectionEvent);
      return event.preventDefault.mock.calls.length;
    };
    expect(quiet(new Error('Failed to load the Pagefind WASM:\nCompileError'))).toBe(1);
    expect(quiet(new WebAssembly.RuntimeError('unreachable'))).toBe(1);
    expect(quiet(new Error('offline'))).toBe(0);
    expect(quiet(undefined)).toBe(0);
  });
});
