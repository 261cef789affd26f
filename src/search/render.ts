import { splitAt } from '../lib/phrase-split';
import { excerpt, visibleText } from '../lib/text';
import { fill, searchStrings } from './strings';
import type { SectionHit } from './match';
import { resultHref } from './section';

/** Where a search shows itself: a status line (aria-live) and the results list. */
export interface ResultsView {
  status: HTMLElement;
  list: HTMLElement;
}

/** The status line repeats at most this many characters of a query, then "……". */
export const QUERY_SHOWN = 30;

/** The query as a status line quotes it: shortened, invisible and broken characters written out. */
export const shownQuery = (query: string): string => visibleText(excerpt(query.trim(), QUERY_SHOWN));

/**
 * Renders hits for `query` with DOM APIs only: the query and the speech text reach the page
 * as text nodes, never as HTML.
 */
export function renderHits(view: ResultsView, hits: readonly SectionHit[], query: string): void {
  const trimmed = query.trim();
  const strings = searchStrings();
  view.list.replaceChildren(...hits.map((hit) => resultItem(hit, trimmed)));
  if (!trimmed) view.status.textContent = strings.hint;
  else {
    const shown = shownQuery(trimmed);
    view.status.textContent = hits.length ? fill(strings.found, { count: hits.length }) : fill(strings.notFound, { query: shown });
  }
}

/** A message instead of results (loading, or search unavailable). */
export function renderMessage(view: ResultsView, message: string, fullTextHref?: string): void {
  view.list.replaceChildren();
  view.status.replaceChildren(message);
  if (fullTextHref) view.status.append(link(fullTextHref, searchStrings().fullText));
}

/** One result, linking with `query` for the page to mark; `tag` says how it was found (pinyin, homophone). */
export function resultItem(hit: SectionHit, query: string, tag?: string): HTMLLIElement {
  const item = document.createElement('li');
  const anchor = link(resultHref(hit.section.url, query));
  anchor.className = 'search-result';
  const label = span('search-result-label');
  label.append(phrasesOf(hit.section.label, hit.section.labelPhrases ?? []));
  const count = span('search-result-count', hit.count ? fill(searchStrings().occurrences, { count: hit.count }) : '');
  const excerpt = span('search-result-excerpt');
  excerpt.append(
    ...hit.excerpt.map((segment) => {
      if (!segment.marked) return segment.text;
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      return mark;
    }),
  );
  anchor.append(label, ...(tag ? [span('search-result-tag', tag)] : []), count, excerpt);
  item.append(anchor);
  return item;
}

/** span.phrases with a <wbr> between phrases, as src/components/Phrases.astro writes it. */
function phrasesOf(text: string, boundaries: readonly number[]): HTMLSpanElement {
  const element = span('phrases');
  splitAt(text, boundaries).forEach((phrase, i) => {
    if (i > 0) element.append(document.createElement('wbr'));
    element.append(phrase);
  });
  return element;
}

function link(href: string, text?: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  if (text) anchor.textContent = text;
  return anchor;
}

function span(className: string, text = ''): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * Arrow keys between the search input and the result links: ↓ from the input to the first
 * result, ↑/↓ between results, ↑ from the first back to the input. Enter on a link follows it.
 */
export function handleArrowKeys(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  if (isComposing(event)) return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-result')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  if (at === -1 && event.key === 'ArrowUp') return;
  event.preventDefault();
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
}

/**
 * True while an input method is composing: Enter and Esc then belong to the IME. Safari sends
 * the committing Enter after compositionend, marked only by the legacy keyCode 229.
 */
export function isComposing(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}
