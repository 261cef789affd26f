import { priorityLabel } from '../i18n/ui';
import type { PassageData } from '../schema/passage';

/**
 * How search results name a section: "第五 · 推动浦东高水平改革开放", "第一" where the source
 * lacks the heading phrase, or the passage's own label ("习近平强调"). Section pages carry it
 * as Pagefind metadata (data-pagefind-meta="section:…").
 */
export function sectionLabel(data: PassageData): string {
  if (data.kind === 'other') return data.title;
  const number = priorityLabel(data.number);
  return data.title ? `${number} · ${data.title}` : number;
}

/** The query parameter that carries a search into a section page, to mark it there. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The link from a result to its section, carrying the query so the page can mark it. */
export function resultHref(url: string, query: string): string {
  const [path = '', hash] = url.split('#');
  const params = new URLSearchParams({ [HIGHLIGHT_PARAM]: query.trim() });
  return `${path}?${params}${hash === undefined ? '' : `#${hash}`}`;
}
