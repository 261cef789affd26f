/**
 * The /search/?q=… page. The URL follows the input: typing replaces the current history
 * entry, Enter (a commit) pushes a new one, and back/forward restore query and results.
 */
import { bindSearch } from './controller';
import { handleArrowKeys } from './render';
import { QUERY_MAX_LENGTH } from './section';

const container = document.querySelector<HTMLElement>('#search-page');
const form = document.querySelector<HTMLFormElement>('#search-page-form');
const input = document.querySelector<HTMLInputElement>('#search-page-input');
const status = document.querySelector<HTMLElement>('#search-page-status');
const list = document.querySelector<HTMLElement>('#search-page-results');

if (container && form && input && status && list) {
  // A shared URL may carry more than the input takes: the page and its URL keep what it takes.
  const queryInUrl = () => (new URLSearchParams(location.search).get('q') ?? '').slice(0, QUERY_MAX_LENGTH);
  const urlFor = (query: string) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    return url.href;
  };
  /** The query of the current history entry as of the last commit. */
  let committed = queryInUrl();

  const search = bindSearch(input, { status, list }, {
    onInput: (query) => history.replaceState(null, '', urlFor(query)),
    onEnter: () => form.requestSubmit(),
  });
  // A commit (Enter or the button): the entry being left keeps the query it was committed
  // with, and a new entry gets this one.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (query === committed) return;
    history.replaceState(null, '', urlFor(committed));
    history.pushState(null, '', urlFor(query));
    committed = query;
  });
  addEventListener('popstate', () => {
    committed = queryInUrl();
    input.value = committed;
    search.run();
  });
  container.addEventListener('keydown', (event) => handleArrowKeys(event, input, list));
  form.hidden = false;
  document.querySelector('#search-page-needs-js')?.remove();
  input.value = committed;
  history.replaceState(null, '', urlFor(committed));
  search.run();
  if (!committed) input.focus();
}
