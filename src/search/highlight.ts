/**
 * Marks the query a reader arrived with (?highlight=…, set by search result links) on a
 * section page: every occurrence of each term as one whole phrase, in <mark> elements that
 * may span several text nodes, and scrolls the first into view. Loaded by the inline loader
 * (SearchButton.astro) only when the parameter is present.
 */
import { findRanges, type Range } from './match';
import { loadFold } from './fold';
import { parseQuery, type Fold } from './normalise';
import { HIGHLIGHT_PARAM } from './section';

/** Where a section page keeps the passage: the element Pagefind indexes. */
const CONTAINER = '[data-pagefind-body]';
const SKIP = '[data-pagefind-ignore], script, style, button, template';

highlightFromLocation();

function highlightFromLocation(): void {
  const query = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  const container = document.querySelector(CONTAINER);
  if (!query || !container) return;
  // Without the fold table (a failed request), the query still marks its own script.
  void loadFold()
    .catch(() => ({}))
    .then((fold) => highlight(container, parseQuery(query, fold), fold)[0]?.scrollIntoView({ block: 'center' }));
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
