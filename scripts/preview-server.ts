import { existsSync, readFileSync, statSync } from 'node:fs';
import { Server, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { normaliseBase } from '../src/lib/routes';

/**
 * Serves a built site with Astro's `preview()` (what `astro preview` runs), for `npm start`,
 * the browser tests and the benchmark. One addition: a directory path without its trailing
 * slash (/priorities/5) is redirected to /priorities/5/, as GitHub Pages and most static
 * hosts do; Astro's preview answers it with a 404 under `trailingSlash: 'always'`.
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

/** The decoded path of a request inside the base path, or undefined (outside, undecodable, climbing out). */
function pathInside(pathname: string, prefix: string): string | undefined {
  if (!pathname.startsWith(prefix)) return undefined;
  try {
    const inside = decodeURIComponent(pathname.slice(prefix.length));
    return inside.split('/').includes('..') ? undefined : inside;
  } catch {
    return undefined;
  }
}

/**
 * Where a request for a directory path without its trailing slash should go, or undefined.
 * Exported for unit tests.
 */
export function directoryRedirect(requestUrl: string, base: string, outDir: string): string | undefined {
  const { pathname, search } = new URL(requestUrl, 'http://host.invalid');
  const prefix = normaliseBase(base);
  if (pathname.endsWith('/')) return undefined;
  if (`${pathname}/` === prefix) return `${prefix}${search}`;
  const inside = pathInside(pathname, prefix);
  if (inside === undefined) return undefined;
  const index = join(outDir, inside, 'index.html');
  return existsSync(index) && statSync(index).isFile() ? `${pathname}/${search}` : undefined;
}

/**
 * The traditional edition's 404 page (dist/zh-hant/404.html) for a request under /zh-hant/ (any
 * case) that names no built file, or undefined: Astro's preview answers every miss with the
 * root's 404.html. Exported for unit tests; kept apart from the serving code around it.
 */
export function edition404(requestUrl: string, base: string, outDir: string): string | undefined {
  const inside = pathInside(new URL(requestUrl, 'http://host.invalid').pathname, normaliseBase(base));
  if (inside?.split('/')[0]?.toLowerCase() !== 'zh-hant') return undefined;
  const page = join(outDir, 'zh-hant', '404.html');
  const found = [join(outDir, inside), join(outDir, inside, 'index.html')].some((file) => existsSync(file) && statSync(file).isFile());
  return !found && existsSync(page) ? page : undefined;
}

export async function startPreview(options: PreviewOptions = {}): Promise<RunningPreview> {
  const base = normaliseBase(options.base ?? '/');
  const outDir = resolve(root, options.outDir ?? './dist');
  if (!existsSync(join(outDir, 'index.html')) && !existsSync(join(outDir, '404.html'))) {
    throw new Error(`${outDir}: no built site; run \`npm run build\` first`);
  }
  const server = await preview({
    root,
    base,
    outDir,
    logLevel: 'warn',
    server: { host: options.host ?? '127.0.0.1', port: options.port ?? 0 },
  });
  const http = 'server' in server && server.server instanceof Server ? server.server : undefined;
  if (!http) throw new Error('astro preview() returned no HTTP server (expected a static build)');
  const [astroHandler] = http.listeners('request') as RequestListener[];
  http.removeAllListeners('request');
  http.on('request', (request, response) => {
    const location = directoryRedirect(request.url ?? '/', base, outDir);
    const notFound = location ? undefined : edition404(request.url ?? '/', base, outDir);
    if (location) response.writeHead(301, { Location: location }).end();
    else if (notFound) response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(readFileSync(notFound));
    else astroHandler?.(request, response);
  });
  const address = http.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { url: `http://${host}:${address.port}${base}`, stop: () => server.stop() };
}
