import { normaliseBase, withBase } from './routes';

/**
 * The site in two scripts: the simplified text (the source of truth) at the root, and its
 * automatic traditional conversion under /zh-hant/ with the same paths after the prefix.
 */
export type Edition = 'simplified' | 'traditional';

export const EDITIONS: readonly Edition[] = ['simplified', 'traditional'];

/** The language tag of the traditional edition for each OpenCC standard (content/traditional.json). */
export const TRADITIONAL_LANG = { t: 'zh-Hant', hk: 'zh-HK', tw: 'zh-TW' } as const;

/** The path segment of each edition, for URLs and getStaticPaths (`undefined`: the root). */
const PREFIX: Record<Edition, string> = { simplified: '', traditional: 'zh-hant/' };

/** The `edition` route parameter of src/pages/[...edition]/: undefined (root) or "zh-hant". */
export function editionParam(edition: Edition): string | undefined {
  return PREFIX[edition].replace(/\/$/, '') || undefined;
}

/** Static paths for a page that exists in both editions. */
export function editionPaths(): { params: { edition: string | undefined }; props: { edition: Edition } }[] {
  return EDITIONS.map((edition) => ({ params: { edition: editionParam(edition) }, props: { edition } }));
}

/** A site-relative path in an edition, with the base path: ("full/", "traditional") → "/zh-hant/full/". */
export function editionHref(path: string, edition: Edition, base?: string): string {
  return withBase(PREFIX[edition] + path.replace(/^\/+/, ''), base);
}

/** `editionHref` bound to one edition, for a component's links: `const href = hrefIn(Astro.locals.edition)`. */
export function hrefIn(edition: Edition): (path: string) => string {
  return (path) => editionHref(path, edition);
}

/** The edition a URL path (base included) belongs to. */
export function editionOfPath(pathname: string, base: string = import.meta.env.BASE_URL): Edition {
  const inside = pathname.startsWith(normaliseBase(base)) ? pathname.slice(normaliseBase(base).length) : pathname.replace(/^\//, '');
  return `${inside}/`.startsWith(PREFIX.traditional) ? 'traditional' : 'simplified';
}

/** The same page in the other edition: the path without the base and without any edition prefix. */
export function pathInEdition(pathname: string, base: string = import.meta.env.BASE_URL): string {
  const inside = pathname.startsWith(normaliseBase(base)) ? pathname.slice(normaliseBase(base).length) : pathname.replace(/^\//, '');
  return inside.startsWith(PREFIX.traditional) ? inside.slice(PREFIX.traditional.length) : inside === 'zh-hant' ? '' : inside;
}
