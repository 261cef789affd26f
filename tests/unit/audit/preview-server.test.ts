import { rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type RunningPreview } from '../../../scripts/preview-server';
import { page, writeSite } from './fixture';

/**
 * `npm start` (and the browser tests, and the bench) serve through scripts/preview-server.ts. It
 * must answer like a careful static host whatever a browser or a bot sends: hostile requests are
 * written byte for byte on a socket, so nothing normalises them on the way.
 */

const SECRET = 'secret-outside-the-build';
const files: Record<string, string> = {
  'site/index.html': page('home'),
  'site/404.html': page('simplified-404'),
  'site/zh-hant/404.html': page('traditional-404').replace('zh-CN', 'zh-TW'),
  'site/zh-hant/index.html': page('traditional home'),
  'site/priorities/5/index.html': page('priority five'),
  'site/robots.txt': 'User-agent: *\nAllow: /\n',
  'site/.env': SECRET,
  'site/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'site/icon.png': 'png',
  'site/site.webmanifest': '{}',
  'site/sitemap-index.xml': '<sitemapindex/>',
  'site/search/fold.json': '{}',
  'site/_astro/page.B1x2.js': 'export{}',
  'site/_astro/page.C3y4.css': 'p{}',
  'site/pagefind/pagefind-entry.json': '{}',
  'site/pagefind/wasm.zh-cn.pagefind': 'wasm',
  'site/pagefind/index/zh-cn_1.pf_index': 'index',
  'site/pagefind/fragment/zh-cn_2.pf_fragment': 'fragment',
  'site/pagefind/pagefind.zh-cn_3.pf_meta': 'meta',
  'secret.txt': SECRET,
  'package.json': SECRET,
};
const dir = writeSite(files);
const outDir = join(dir, 'site');
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Send one request exactly as written (request line and headers) and read the whole answer. */
function raw(url: string, requestLine: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  const head = [requestLine, `Host: ${hostname}:${port}`, 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n');
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers: Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()])),
        body: Buffer.from(text.slice(split + 4), 'latin1').toString('utf8'),
      });
    });
    // write, not end: the server answers a half-closed connection with nothing.
    socket.write(Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'));
  });
}

/** What no answer may ever contain: this machine's paths, a stack frame, a file from outside the build. */
function expectNothingLeaks(response: RawResponse): void {
  expect(response.status).not.toBe(500);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['content-security-policy']).toBe("frame-ancestors 'none'");
  for (const leak of [dir, repoRoot, SECRET, 'node_modules', 'Error:']) expect(response.body).not.toContain(leak);
  expect(response.body).not.toMatch(/^\s*at .+:\d+/m);
  const location = response.headers['location'];
  if (location !== undefined) expect(location).toMatch(/^\/(?![/\\])/);
}

let site: RunningPreview;
let speech: RunningPreview;
beforeAll(async () => {
  [site, speech] = await Promise.all([startPreview({ outDir }), startPreview({ outDir, base: '/speech/' })]);
});
afterAll(async () => {
  await Promise.all([site.stop(), speech.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

const body = (file: string): string => files[`site/${file}`] ?? '';

describe('a miss: the site’s own 404 page, of the right edition', () => {
  it.each([
    '/priorities/9',
    '/priorities/9/',
    '/passages/han',
    '/404',
    '/robots.txt/',
    '/_astro',
    '/_astro/',
    '/.env',
    '/priorities%2f5/',
    '/priorities%2F5/',
    '/priorities%5c5/',
    '/priorities\\5/',
    '/_astro/..%2f..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/%2e%2e/%2e%2e/package.json',
    '/../package.json',
    '/_astro/../../secret.txt',
    '/..%5csecret.txt',
    '/%00',
    '/index.html%00.txt',
    '/%E0%A4%A',
    '/%',
  ])('GET %s → 404 with the simplified 404 page', async (target) => {
    const response = await raw(site.url, `GET ${target} HTTP/1.1`);
    expectNothingLeaks(response);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toBe(body('404.html'));
  });

  it.each(['/zh-hant/priorities/9/', '/zh-hant/priorities/9', '/ZH-HANT/', '/zh-hant/404', '/zh-hant/%2e%2e%2fsecret.txt'])(
    'GET %s → 404 with the traditional 404 page',
    async (target) => {
      const response = await raw(site.url, `GET ${target} HTTP/1.1`);
      expectNothingLeaks(response);
      expect(response.status).toBe(404);
      expect(response.body).toBe(body('zh-hant/404.html'));
    },
  );

  it('falls back to the simplified 404 page when the build has no traditional one', async () => {
    rmSync(join(outDir, 'zh-hant/404.html'));
    try {
      const response = await raw(site.url, 'GET /zh-hant/priorities/9/ HTTP/1.1');
      expect(response.status).toBe(404);
      expect(response.body).toBe(body('404.html'));
    } finally {
      writeFileSync(join(outDir, 'zh-hant/404.html'), body('zh-hant/404.html'));
    }
  });

  it('HEAD of a miss: 404, its length, no body', async () => {
    const response = await raw(site.url, 'HEAD /priorities/9/ HTTP/1.1');
    expect(response.status).toBe(404);
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(body('404.html'))));
    expect(response.body).toBe('');
  });
});

describe('directory paths without their slash redirect, query kept, never off the host', () => {
  it.each([
    ['/', '/priorities/5', '/priorities/5/'],
    ['/', '/priorities/5?highlight=%E6%B5%A6', '/priorities/5/?highlight=%E6%B5%A6'],
    ['/', '/.//priorities/5', '/priorities/5/'],
    ['/', '//priorities/5', '/priorities/5/'],
    ['/', '///priorities/5?q=1', '/priorities/5/?q=1'],
    ['/', '/./priorities/./5', '/priorities/5/'],
    ['/', '/zh-hant', '/zh-hant/'],
    ['/speech/', '/speech', '/speech/'],
    ['/speech/', '/speech?q=1', '/speech/?q=1'],
    ['/speech/', '/speech/priorities/5', '/speech/priorities/5/'],
    ['/speech/', '/speech//priorities/5', '/speech/priorities/5/'],
  ])('base %s: GET %s → 301 %s', async (base, target, location) => {
    const response = await raw(base === '/' ? site.url : speech.url, `GET ${target} HTTP/1.1`);
    expectNothingLeaks(response);
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe(location);
  });

  it('serves the page behind the slash', async () => {
    const response = await raw(site.url, 'GET /priorities/5/?highlight=%E6%B5%A6 HTTP/1.1');
    expect(response.status).toBe(200);
    expect(response.body).toBe(body('priorities/5/index.html'));
  });
});

describe('under a base path (BASE_PATH=/speech/)', () => {
  it.each([
    ['/speech/', 200, 'index.html'],
    ['/speech/priorities/5/', 200, 'priorities/5/index.html'],
    ['/priorities/5/', 404, '404.html'],
    ['/priorities/5', 404, '404.html'],
    ['/speech/priorities/9/', 404, '404.html'],
    ['/speech/zh-hant/priorities/9/', 404, 'zh-hant/404.html'],
    ['/speech/..%2fsecret.txt', 404, '404.html'],
    ['/speech/../secret.txt', 404, '404.html'],
  ] as const)('GET %s → %i with %s', async (target, status, file) => {
    const response = await raw(speech.url, `GET ${target} HTTP/1.1`);
    expectNothingLeaks(response);
    expect(response.status).toBe(status);
    expect(response.body).toBe(body(file));
  });
});

describe('methods, ranges and request forms', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND'])('%s / → 405, Allow: GET, HEAD', async (method) => {
    const response = await raw(site.url, `${method} / HTTP/1.1`, { 'Content-Length': '0' });
    expectNothingLeaks(response);
    expect(response.status).toBe(405);
    expect(response.headers['allow']).toBe('GET, HEAD');
  });

  it('raw bytes outside ASCII in the path (no browser sends them) → Node’s bare 400', async () => {
    const response = await raw(site.url, 'GET /\u00e4\u00b8\u00ad HTTP/1.1');
    expect(response.status).toBe(400);
    expect(response.body).toBe('');
  });

  it('OPTIONS * → 405, not a crash', async () => {
    const response = await raw(site.url, 'OPTIONS * HTTP/1.1');
    expectNothingLeaks(response);
    expect(response.status).toBe(405);
  });

  it('a request target that is not a path (absolute form) → 400', async () => {
    const response = await raw(site.url, 'GET http://example.invalid/ HTTP/1.1');
    expectNothingLeaks(response);
    expect(response.status).toBe(400);
  });

  it.each(['bytes=5-2', 'bytes=999-', 'bytes=-0'])('Range: %s → 416 with the size', async (range) => {
    const response = await raw(site.url, 'GET /robots.txt HTTP/1.1', { Range: range });
    expectNothingLeaks(response);
    expect(response.status).toBe(416);
    expect(response.headers['content-range']).toBe(`bytes */${Buffer.byteLength(body('robots.txt'))}`);
  });

  it('Range: bytes=0-9 → 206 with those bytes', async () => {
    const response = await raw(site.url, 'GET /robots.txt HTTP/1.1', { Range: 'bytes=0-9' });
    expect(response.status).toBe(206);
    expect(response.body).toBe(body('robots.txt').slice(0, 10));
  });

  it('HEAD sends the length of the file and no body', async () => {
    const response = await raw(site.url, 'HEAD / HTTP/1.1');
    expect(response.status).toBe(200);
    expect(response.headers['content-length']).toBe(String(statSync(join(outDir, 'index.html')).size));
    expect(response.body).toBe('');
  });
});

describe('every kind of built file goes out with its type and cache policy', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', 'no-cache'],
    ['/priorities/5/', 'text/html; charset=utf-8', 'no-cache'],
    ['/robots.txt', 'text/plain; charset=utf-8', 'no-cache'],
    ['/favicon.svg', 'image/svg+xml', 'no-cache'],
    ['/icon.png', 'image/png', 'no-cache'],
    ['/site.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache'],
    ['/sitemap-index.xml', 'application/xml', 'no-cache'],
    ['/search/fold.json', 'application/json; charset=utf-8', 'no-cache'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8', 'no-cache'],
    ['/pagefind/wasm.zh-cn.pagefind', 'application/octet-stream', 'no-cache'],
    ['/pagefind/index/zh-cn_1.pf_index', 'application/octet-stream', 'no-cache'],
    ['/pagefind/fragment/zh-cn_2.pf_fragment', 'application/octet-stream', 'no-cache'],
    ['/pagefind/pagefind.zh-cn_3.pf_meta', 'application/octet-stream', 'no-cache'],
    ['/_astro/page.B1x2.js', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/_astro/page.C3y4.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
  ])('%s → %s, %s', async (target, type, cache) => {
    for (const method of ['GET', 'HEAD']) {
      const response = await raw(site.url, `${method} ${target} HTTP/1.1`);
      expectNothingLeaks(response);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(type);
      expect(response.headers['cache-control']).toBe(cache);
      expect(Number(response.headers['content-length'])).toBeGreaterThan(0);
    }
  });
});
