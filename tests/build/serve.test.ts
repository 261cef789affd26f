import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/audit/built-site';
import { startPreview, type RunningPreview } from '../../scripts/preview-server';
import { builds } from './support/site';

/**
 * `npm start` serves every file either build writes with a Content-Type (a file type the build
 * starts writing fails here until this table, and the server if need be, knows it), and every
 * miss with the site's 404 page of the right edition, under either base path. Hostile requests:
 * tests/unit/audit/preview-server.test.ts.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
};

describe.each(builds)('$name served by npm start', (build) => {
  let server: RunningPreview;
  beforeAll(async () => {
    server = await startPreview({ outDir: build.dir, base: build.base });
  });
  afterAll(() => server.stop());

  it('every built file goes out with its Content-Type and Content-Length', async () => {
    const files = listFiles(build.dir, '');
    const served = await Promise.all(
      files.map(async (file) => {
        const response = await fetch(new URL(file, server.url), { method: 'HEAD' });
        return {
          file,
          status: response.status,
          type: response.headers.get('content-type'),
          length: response.headers.get('content-length'),
        };
      }),
    );
    const expected = files.map((file) => ({
      file,
      status: 200,
      type: TYPES[extname(file)] ?? `a type for ${extname(file) || 'files without an extension'} in TYPES`,
      length: String(readFileSync(join(build.dir, file)).length),
    }));
    expect(served).toEqual(expected);
  });

  it.each([
    ['priorities/9', '404.html'],
    ['passages/han/', '404.html'],
    ['zh-hant/priorities/9/', 'zh-hant/404.html'],
    ['zh-hant/passages/han', 'zh-hant/404.html'],
  ])('a miss, %s, gets the 404 page of its edition', async (path, page) => {
    const file = existsSync(join(build.dir, page)) ? page : '404.html';
    const response = await fetch(new URL(path, server.url), { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(readFileSync(join(build.dir, file), 'utf8'));
  });
});
