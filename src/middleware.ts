import { defineMiddleware } from 'astro:middleware';
import { rehype } from 'rehype';
import { editionOfPath } from './lib/editions';
import { toTraditional } from './lib/traditional';
import rehypeConvertText from './plugins/rehype-convert-text';

/**
 * Every page is rendered once per edition; the traditional one (under /zh-hant/) is then written
 * in traditional characters here, text and readable attributes alike, so no string can be missed.
 * `locals.edition` tells components which edition they render (links, language switch).
 */
const converter = rehype().data('settings', { upperDoctype: true }).use(rehypeConvertText, { convert: toTraditional });

export const onRequest = defineMiddleware(async (context, next) => {
  const edition = editionOfPath(context.url.pathname);
  context.locals.edition = edition;
  const response = await next();
  if (edition !== 'traditional' || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = String(await converter.process(await response.text()));
  return new Response(html, { status: response.status, headers: response.headers });
});
