import { defineMiddleware } from 'astro:middleware';
import { cache } from './lib/build-cache';
import { editionOfPath } from './lib/editions';

/**
 * Every page is rendered once per edition; the traditional one (under /zh-hant/) is then written
 * in traditional characters here, text and readable attributes alike, so no string can be missed.
 * A page converted before, byte for byte the same, comes from the build cache: the HTML parser
 * and OpenCC's dictionaries then never load.
 * `locals.edition` tells components which edition they render (links, language switch).
 */
async function toTraditionalPage(html: string): Promise<string> {
  const [{ rehype }, { default: rehypeConvertText }, { toTraditional }] = await Promise.all([
    import('rehype'),
    import('./plugins/rehype-convert-text'),
    import('./lib/traditional-script'),
  ]);
  return String(await rehype().data('settings', { upperDoctype: true }).use(rehypeConvertText, { convert: toTraditional }).process(html));
}

export const onRequest = defineMiddleware(async (context, next) => {
  const edition = editionOfPath(context.url.pathname);
  context.locals.edition = edition;
  const response = await next();
  if (edition !== 'traditional' || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await cache.text('traditional-pages', await response.text(), toTraditionalPage);
  return new Response(html, { status: response.status, headers: response.headers });
});
