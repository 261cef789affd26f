/**
 * Marks the query a reader arrived with (?highlight=…, set by search result links and by the
 * full-text link offered when search cannot load) on a section page's passage, or the main text
 * of any other page (/full/, /, /about/, in either edition): every occurrence of each term as one whole phrase, in <mark> elements that
 * may span several text nodes, and scrolls the first into view. Loaded by the inline loader
 * (SearchButton.astro) only when the parameter is present.
 */
import { findRanges, type Range } from './match';
import { loadFold } from './fold';
import { parseQuery, type Fold } from './normalise';
import { HIGHLIGHT_PARAM, QUERY_MAX_LENGTH } from './section';
import { fill, searchStrings } from './strings';

/** Where a section page keeps the passage (the element Pagefind indexes), or else the page's text. */
const CONTAINERS = ['[data-pagefind-body]', 'main'];
const SKIP = '[data-pagefind-ignore], script, style, button, template';

highlightFromLocation();

function highlightFromLocation(): void {
  const asked = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  const query = asked?.slice(0, QUERY_MAX_LENGTH);
  const container = CONTAINERS.map((selector) => document.querySelector(selector)).find(Boolean);
  if (!query || !container) return;
  void loadFold()
    .catch(() => undefined)
    .then((fold) => {
      highlight(container, parseQuery(query, fold), fold)[0]?.scrollIntoView({ block: 'center' });
      // What was not marked, said on the page's status line (src/layouts/Base.astro): without the
      // fold table, the query marks only its own script; a query cut to the length limit.
      const strings = searchStrings();
      const notes = (fold ? '' : strings.foldMissing) + (query === asked ? '' : fill(strings.tooLong, { max: QUERY_MAX_LENGTH }));
      const status = document.querySelector('[data-copy-status]');
      if (notes && status) status.textContent = notes;
    });
}

/** Wraps every occurrence of the terms inside `root` in <mark>; returns the marks in order. */
export function highlight(root: Element, terms: readonly string[], fold?: Fold): HTMLElement[] {
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  // Skip what Pagefind skips too: the text searched is the text marked.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    text += (node as Text).data;
  }
  const pieces = findRanges(text, terms, fold).flatMap((range, occurrence) => piecesOf(range, nodes, occurrence));
  // From last to first, so splitting a node never moves the offsets still to be wrapped.
  const marks = pieces.reverse().map(({ node, from, to, occurrence }) => {
    const target = node.splitText(from);
    target.splitText(to - from);
    const mark = document.createElement('mark');
    mark.dataset['highlight'] = String(occurrence);
    target.replaceWith(mark);
    mark.append(target);
    return mark;
  });
  return marks.reverse();
}

/** The parts of `range` that fall in each text node, as offsets within that node. */
function piecesOf([start, end]: Range, nodes: readonly { node: Text; start: number }[], occurrence: number) {
  return nodes.flatMap(({ node, start: nodeStart }) => {
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, nodeStart + node.length) - nodeStart;
    return to > from && node.data.slice(from, to).trim() ? [{ node, from, to, occurrence }] : [];
  });
}
