import type { APIRoute, GetStaticPaths } from 'astro';
import { cache } from '../../lib/build-cache';
import { getPassages } from '../../lib/passages';
import { qrFile, qrHrefs, qrSvg } from '../../lib/qr';
import { passageAnchor, passagePath, withBase } from '../../lib/routes';

/** /qr/…svg: the QR code of each page and /full/ section (src/lib/qr.ts), of its absolute URL. */
export const getStaticPaths = (async () => {
  const passages = await getPassages();
  const hrefs = qrHrefs(passages.map((p) => ({ path: passagePath(p), anchor: passageAnchor(p) })));
  const prefix = withBase('qr/');
  return hrefs.map((href) => ({ params: { file: qrFile(href).slice(prefix.length, -'.svg'.length) }, props: { href } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ href: string }> = async ({ props, site }) =>
  new Response(await cache.text('qr', new URL(props.href, site).href, qrSvg), { headers: { 'Content-Type': 'image/svg+xml' } });
