import type { PassageLike } from '../schema/collection';

/** Site-relative path of a passage's own page, without the base path. */
export function passagePath(passage: PassageLike): string {
  return passage.data.kind === 'priority' ? `priorities/${passage.data.number}/` : `passages/${passage.id}/`;
}

/** Fragment id of a passage's section on the full-text page (/full/). */
export function passageAnchor(passage: PassageLike): string {
  return passage.data.kind === 'priority' ? `priority-${passage.data.number}` : passage.id;
}

/** A base path as "/" or "/speech/": one leading and one trailing slash. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Prefix a site-relative path with the base path (default: the build's, import.meta.env.BASE_URL).
 * The one place that joins the base and a path, for pages, the search loader and the audit tools.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}
