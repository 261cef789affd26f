import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Pagefind's Node API, replaced: the integration's job is to call it in the right order with the right paths. */
const pagefind = vi.hoisted(() => ({
  createIndex: vi.fn(),
  close: vi.fn(async () => {}),
}));
vi.mock('pagefind', () => pagefind);

const { default: pagefindIntegration } = await import('../../../src/integrations/pagefind');

function mockIndex(overrides: { addErrors?: string[]; writeErrors?: string[] } = {}) {
  const index = {
    addDirectory: vi.fn(async () => ({ errors: overrides.addErrors ?? [], page_count: 11 })),
    writeFiles: vi.fn(async () => ({ errors: overrides.writeErrors ?? [], outputPath: '' })),
  };
  pagefind.createIndex.mockResolvedValue({ index, errors: [] });
  return index;
}

const logger = { info: vi.fn() } as unknown as AstroIntegrationLogger;
const dir = pathToFileURL('/tmp/site/dist/');

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
