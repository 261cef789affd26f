import type { PassageLike } from '../schema/collection';

/** Site-relative path of a passage's own page, without the base path. */
export function passagePath(passage: PassageLike): string {
  return passage.data.kind === 'priority' ? `priorities/${passage.data.number}/` : `passages/${passage.id}/`;
}

/** Fragment id of a passage's section on the full-text page (/full/). */
export function passageAnchor(passage: PassageLike): string {
  return passage.data.kind === 'priority' ? `priority-${passage.data.number}` : passage.id;
}

/** Prefix a site-relative path with the configured base path (import.meta.env.BASE_URL). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\//, '');
}
