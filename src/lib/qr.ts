import { renderSVG } from 'uqr';
import { EDITIONS, editionHref } from './editions';
import { normaliseBase, withBase } from './routes';

/**
 * QR codes (扫码在手机上阅读): one SVG file per page and per section of /full/, built with the page
 * (src/pages/qr/[...file].ts) and shown by src/components/QrCode.astro only when a reader opens it.
 */

/** The pages that have a QR code, site-relative in each edition: every page but the 404 page. */
export const QR_PAGES = ['', 'full/', 'about/', 'search/'] as const;

/**
 * The built file of a page's or section's QR code, base included: "/zh-hant/full/#priority-5" →
 * "/qr/zh-hant/full/priority-5.svg", "/" → "/qr/home.svg". `href` is site-relative with the base.
 */
export function qrFile(href: string, base: string = import.meta.env.BASE_URL): string {
  const root = normaliseBase(base);
  if (!href.startsWith(root)) throw new Error(`qrFile: "${href}" is not under the base path "${root}"`);
  const [path = '', id] = href.slice(root.length).split('#');
  const page = path.replace(/\/$/, '') || 'home';
  return withBase(`qr/${page}${id ? `/${id}` : ''}.svg`, base);
}

/** Every page and /full/ section that has a QR code, as hrefs (base included), both editions. */
export function qrHrefs(sections: { path: string; anchor: string }[], base: string = import.meta.env.BASE_URL): string[] {
  return EDITIONS.flatMap((edition) => [
    ...[...QR_PAGES, ...sections.map((s) => s.path)].map((path) => editionHref(path, edition, base)),
    ...sections.map((s) => `${editionHref('full/', edition, base)}#${s.anchor}`),
  ]);
}

/** The QR code of `url` as an SVG document: black on white with the standard four-module quiet zone. */
export function qrSvg(url: string): string {
  return renderSVG(url, { border: 4, ecc: 'M' });
}

/** A URL in the pieces a line may break between: after each "/" that ends a part ("http://", "host/", "priorities/"). */
export function urlParts(url: string): string[] {
  return url.split(/(?<=\/)(?=[^/])/);
}
