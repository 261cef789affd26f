import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startPreview } from '../../../scripts/preview-server';
import { installHarness } from './harness';

/**
 * The built site (OUT_DIR, default ./dist, base "/") as the engines read it: `npm start`'s server
 * (scripts/preview-server.ts) on a free port, behind a small front on another free port that
 * adds the harness to each page, for WebKit, whose WebDriver cannot run a script before the
 * page's own. Every engine reads the site through the front, so a quote link made in one engine
 * opens in another at the same address.
 */
export interface Site {
  /**
   * The site's root URL. Each page has `<script src="/__engines__/harness.js">` as the first
   * element of its <head>: before any Content-Security-Policy <meta> (so the policy does not
   * apply to it) and before the page's own scripts (so it sees what they do). Everything else is
   * what the static host serves, byte for byte, status and redirects included.
   */
  url: string;
  stop(): Promise<void>;
}

export const HARNESS_PATH = '/__engines__/harness.js';
// A transpiler that keeps function names (tsx does) wraps inner functions in __name(): define it.
const harnessSource = `(() => {\n  const __name = (f) => f;\n  (${installHarness.toString()})();\n})();\n`;

/**
 * A page that goes wrong on purpose, for the harness's own check: a Content-Security-Policy
 * <meta> that refuses inline code, then an inline style and an inline script, and a same-origin
 * script (allowed) that calls console.error.
 */
export const HARNESS_CHECK_PATH = '/__engines__/harness-check/';
export const HARNESS_CHECK_ERROR = 'the harness check writes this error';
const fixtures: Record<string, { type: string; body: string }> = {
  [HARNESS_CHECK_PATH]: {
    type: 'text/html; charset=utf-8',
    body:
      '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
      `<meta http-equiv="Content-Security-Policy" content="script-src 'self'; style-src 'self'">` +
      '<title>harness check</title><style>main { color: red; }</style></head>' +
      '<body><main><p>The harness check.</p></main>' +
      '<script>document.title = "the inline script ran";</script>' +
      '<script src="/__engines__/console-error.js"></script></body></html>',
  },
  '/__engines__/console-error.js': { type: 'text/javascript; charset=utf-8', body: `console.error(${JSON.stringify(HARNESS_CHECK_ERROR)});\n` },
};

export async function startSite(outDir = process.env['OUT_DIR'] ?? './dist'): Promise<Site> {
  const preview = await startPreview({ outDir });
  const upstream = new URL(preview.url);

  async function forward(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.url === HARNESS_PATH) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(harnessSource);
      return;
    }
    const fixture = fixtures[request.url ?? ''];
    const answer = fixture
      ? new Response(fixture.body, { headers: { 'content-type': fixture.type } })
      : await fetch(new URL(request.url ?? '/', upstream), {
          method: request.method ?? 'GET',
          headers: { accept: request.headers.accept ?? '*/*', 'accept-encoding': 'identity' },
          redirect: 'manual',
        });
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive'].includes(name)) headers[name] = value;
    });
    if (headers['location']) headers['location'] = headers['location'].replace(upstream.origin, '');
    let body = Buffer.from(await answer.arrayBuffer());
    if (answer.headers.get('content-type')?.startsWith('text/html')) {
      const html = body.toString('utf8');
      const head = /<head(\s[^>]*)?>/i.exec(html);
      if (!head) throw new Error(`${request.url}: an HTML page without <head>`);
      const at = head.index + head[0].length;
      body = Buffer.from(`${html.slice(0, at)}<script src="${HARNESS_PATH}"></script>${html.slice(at)}`);
    }
    response.writeHead(answer.status, { ...headers, 'content-length': String(body.length) }).end(body);
  }

  const front = createServer((request, response) => {
    forward(request, response).catch((error: unknown) => {
      response.writeHead(502, { 'content-type': 'text/plain' }).end(`engines front: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const { port } = front.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    async stop() {
      front.closeAllConnections();
      await new Promise((resolve) => front.close(resolve));
      await preview.stop();
    },
  };
}
