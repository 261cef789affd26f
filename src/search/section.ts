/** The query parameter that carries a search into a section page, to mark it there. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * The longest query the inputs take and a section page marks (?highlight=), in UTF-16 units. A
 * Chinese character is 9 bytes in a URL (%E9%95%BF), so /search/?q= and a result link stay under
 * 2 KB, far below the 8–16 KB of request line and headers servers accept before HTTP 414 or 431;
 * and the longest sentence of the speech still fits.
 */
export const QUERY_MAX_LENGTH = 200;

/** The link from a result to its section, carrying the query so the page can mark it. */
export function resultHref(url: string, query: string): string {
  const [path = '', hash] = url.split('#');
  const params = new URLSearchParams({ [HIGHLIGHT_PARAM]: query.trim() });
  return `${path}?${params}${hash === undefined ? '' : `#${hash}`}`;
}
