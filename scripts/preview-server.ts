import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import send from 'send';
import { normaliseBase } from '../src/lib/routes';

/**
 * Serves a built site as a careful static host does, for `npm start`, the browser tests and the
 * benchmark. Files go out through `send` (the file server of Express's serve-static): Content-Type,
 * Content-Length, ETag and conditional requests, ranges (an unsatisfiable one gets 416), and
 * paths that climb out of the build refused. Around it, this module adds what a static host
 * does and `send` leaves to its caller:
 * - a directory path without its trailing slash (/priorities/5) is redirected to /priorities/5/
 *   with the query kept, as GitHub Pages does, and never to a protocol-relative `//…`;
 * - every miss gets the site's own 404 page, the traditional edition's under /zh-hant/;
 * - methods other than GET and HEAD get 405; an encoded slash (%2F, %5C) is a miss, not a path;
 * - no response carries an error's message, so no internal path or stack trace reaches a client.
 */
export interface PreviewOptions {
  /** Output directory of the build (default ./dist). */
  outDir?: string;
  /** Base path it was built with (default /). */
  base?: string;
  host?: string;
  /** 0 (the default) takes a free port. */
  port?: number;
}

export interface RunningPreview {
  /** The site's root URL, base path included: http://127.0.0.1:54321/speech/. */
  url: string;
  stop(): Promise<void>;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** Sent with every response: the CSP parts a `<meta>` cannot carry, and no MIME sniffing. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
} as const;

/**
 * Types the MIME database lacks: Pagefind's own files (index chunks, fragments, metadata, its
 * WebAssembly) are binary; the citation downloads are text a reference manager imports.
 */
const EXTRA_TYPES: Readonly<Record<string, string>> = {
  '.pagefind': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
};

/** Astro's bundled assets carry a content hash in their names: they never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** An encoded separator would let one path name two files: static hosts answer it as a miss. */
const ENCODED_SEPARATOR = /%(?:2f|5c|00)|\\/i;

/** The two parts of an origin-form request target, or undefined for any other form (`*`, absolute URLs). */
function splitTarget(target: string): { path: string; query: string } | undefined {
  if (!target.startsWith('/')) return undefined;
  const end = target.search(/[?#]/);
  if (end === -1) return { path: target, query: '' };
  const query = target.slice(end).split('#')[0] ?? '';
  return { path: target.slice(0, end), query };
}

/** The 404 page for a path inside the build: the traditional edition's for /zh-hant/…, if built. */
function notFoundPage(outDir: string, inside: string): string | undefined {
  const candidates = /^\/zh-hant(?:\/|$)/i.test(inside) ? ['zh-hant/404.html', '404.html'] : ['404.html'];
  return candidates.map((file) => join(outDir, file)).find((file) => existsSync(file));
}

/** Drop whatever headers `send` had set for the file it was about to send. */
function resetHeaders(response: ServerResponse): void {
  for (const name of response.getHeaderNames()) response.removeHeader(name);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
}

function plain(request: IncomingMessage, response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  const body = Buffer.from(`${status} ${text}\n`);
  response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
  response.end(request.method === 'HEAD' ? undefined : body);
}

async function notFound(request: IncomingMessage, response: ServerResponse, outDir: string, inside: string): Promise<void> {
  const file = notFoundPage(outDir, inside);
  if (!file) return plain(request, response, 404, 'Not Found');
  const body = await readFile(file);
  response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** The request handler of a static host serving `outDir` at `base`. Exported for tests. */
export function staticHandler(outDir: string, base: string): (request: IncomingMessage, response: ServerResponse) => void {
  const prefix = normaliseBase(base);
  const serve = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(request, response, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    }
    const target = splitTarget(request.url ?? '');
    if (!target) return plain(request, response, 400, 'Bad Request');
    const { path, query } = target;
    if (`${path}/` === prefix) {
      response.writeHead(301, { Location: `${prefix}${query}`, 'Content-Length': 0 }).end();
      return;
    }
    const inside = path.startsWith(prefix) ? `/${path.slice(prefix.length)}` : undefined;
    if (inside === undefined || ENCODED_SEPARATOR.test(path)) return notFound(request, response, outDir, inside ?? '/');

    const file = send(request, inside, { root: outDir, index: ['index.html'], dotfiles: 'ignore', cacheControl: false });
    file.on('headers', (res: ServerResponse, filePath: string) => {
      res.setHeader('Cache-Control', inside.startsWith('/_astro/') ? IMMUTABLE : 'no-cache');
      const type = EXTRA_TYPES[extname(filePath)];
      if (type) res.setHeader('Content-Type', type);
    });
    file.on('directory', (res: ServerResponse, directory: string) => {
      if (!existsSync(join(directory, 'index.html'))) return void notFound(request, response, outDir, inside).catch(() => fail(response));
      // Normalised, so /.//priorities/5 goes to /priorities/5/, never to the other host //priorities/5/.
      res.writeHead(301, { Location: `${posix.normalize(`${path}/`)}${query}`, 'Content-Length': 0 }).end();
    });
    file.on('error', (error: { status?: number; headers?: Record<string, string> }) => {
      if (response.headersSent) return void response.destroy();
      resetHeaders(response);
      const status = error.status ?? 500;
      if (status === 416) return plain(request, response, 416, 'Range Not Satisfiable', error.headers ?? {});
      if (status === 412) return plain(request, response, 412, 'Precondition Failed');
      // 400 (undecodable path), 403 (a path out of the build), 404: all a miss to the reader.
      if (status < 500) return void notFound(request, response, outDir, inside).catch(() => fail(response));
      fail(response);
    });
    file.pipe(response);
  };
  return (request, response) => {
    serve(request, response).catch(() => fail(response));
  };
}

/** Unexpected trouble: a bare 500 with nothing of the error in it (the details stay on the server). */
function fail(response: ServerResponse): void {
  if (response.headersSent) return void response.destroy();
  resetHeaders(response);
  response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }).end('500 Internal Server Error\n');
}

export async function startPreview(options: PreviewOptions = {}): Promise<RunningPreview> {
  const base = normaliseBase(options.base ?? '/');
  const outDir = resolve(root, options.outDir ?? './dist');
  if (!existsSync(join(outDir, 'index.html')) && !existsSync(join(outDir, '404.html'))) {
    throw new Error(`${outDir}: no built site; run \`npm run build\` first`);
  }
  const server = createServer(staticHandler(outDir, base));
  await new Promise<void>((done, failed) => {
    server.once('error', failed);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => done());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}${base}`,
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
