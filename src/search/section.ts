/** The query parameter that carries a search into a section page, to mark it there. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The link from a result to its section, carrying the query so the page can mark it. */
export function resultHref(url: string, query: string): string {
  const [path = '', hash] = url.split('#');
  const params = new URLSearchParams({ [HIGHLIGHT_PARAM]: query.trim() });
  return `${path}?${params}${hash === undefined ? '' : `#${hash}`}`;
}
