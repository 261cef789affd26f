import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Pagefind's Node API, replaced: the integration's job is to call it in the right order with the right paths. */
const pagefind = vi.hoisted(() => ({
  createIndex: vi.fn(),
  close: vi.fn(async () => {}),
}));
vi.mock('pagefind', () => pagefind);

const { default: pagefindIntegration, WORKER_PRELUDE } = await import('../../../src/integrations/pagefind');

/** Pagefind's web worker as writeFiles leaves it. */
const WORKER = '(()=>{/* Pagefind */})();';

function mockIndex(overrides: { addErrors?: string[]; writeErrors?: string[] } = {}) {
  const index = {
    addDirectory: vi.fn(async () => ({ errors: overrides.addErrors ?? [], page_count: 11 })),
    writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
      mkdirSync(outputPath, { recursive: true });
      writeFileSync(join(outputPath, 'pagefind-worker.js'), WORKER);
      return { errors: overrides.writeErrors ?? [], outputPath };
    }),
  };
  pagefind.createIndex.mockResolvedValue({ index, errors: [] });
  return index;
}

const logger = { info: vi.fn() } as unknown as AstroIntegrationLogger;
const dir = pathToFileURL(`${mkdtempSync(join(tmpdir(), 'pagefind-integration-'))}/`);

async function buildDone(): Promise<void> {
  const hook = pagefindIntegration().hooks['astro:build:done'];
  if (!hook) throw new Error('the integration has no astro:build:done hook');
  await hook({ dir, logger } as unknown as Parameters<typeof hook>[0]);
}

describe('Pagefind integration', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  // Search loads every section (src/search/sections.ts): all fragments in one file, one request.
  it('indexes the built site with all fragments in one file and writes the bundle to <outDir>/pagefind, then closes Pagefind', async () => {
    const index = mockIndex();
    await buildDone();
    expect(pagefind.createIndex.mock.calls).toEqual([[{ maxFragments: 1 }]]);
    expect(index.addDirectory).toHaveBeenCalledWith({ path: fileURLToPath(dir) });
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: `${fileURLToPath(dir)}pagefind` });
    expect(index.addDirectory.mock.invocationCallOrder[0]).toBeLessThan(index.writeFiles.mock.invocationCallOrder[0]!);
    expect(pagefind.close).toHaveBeenCalledTimes(1);
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/read 11 pages, wrote .*pagefind/));
  });

  it('puts before the worker a handler that marks Pagefind’s own unawaited failures as handled, and no others', async () => {
    mockIndex();
    await buildDone();
    const worker = readFileSync(join(fileURLToPath(dir), 'pagefind', 'pagefind-worker.js'), 'utf8');
    expect(worker).toBe(WORKER_PRELUDE + WORKER);
    const listeners: ((event: { reason: unknown; preventDefault(): void }) => void)[] = [];
    new Function('self', WORKER_PRELUDE)({ addEventListener: (_type: string, listener: (typeof listeners)[0]) => listeners.push(listener) });
    const prevented = (reason: unknown) => {
      const preventDefault = vi.fn();
      for (const listener of listeners) listener({ reason, preventDefault });
      return preventDefault.mock.calls.length;
    };
    expect([prevented(new Error('Failed to load the Pagefind WASM')), prevented(new WebAssembly.RuntimeError('unreachable')), prevented(new Error('other'))]).toEqual([1, 1, 0]);
  });

  it('fails the build, naming the step, when Pagefind cannot create an index', async () => {
    pagefind.createIndex.mockResolvedValue({ index: undefined, errors: ['no binary'] });
    await expect(buildDone()).rejects.toThrow('pagefind createIndex: no binary');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it('fails the build, naming the directory, when pages cannot be read', async () => {
    mockIndex({ addErrors: ['bad html'] });
    await expect(buildDone()).rejects.toThrow(`pagefind addDirectory ${fileURLToPath(dir)}: bad html`);
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it('fails the build, naming the output, when the bundle cannot be written', async () => {
    const index = mockIndex({ writeErrors: ['disk full'] });
    await expect(buildDone()).rejects.toThrow(`pagefind writeFiles ${fileURLToPath(dir)}pagefind: disk full`);
    expect(index.writeFiles).toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });
});
