/**
 * The search dialog, imported by the loader (loader.ts) the first time a reader opens search:
 * nothing here runs before that.
 */
import { searchStrings } from './strings';
import { bindSearch, type SearchBinding } from './controller';
import { handleArrowKeys } from './render';
import { QUERY_MAX_LENGTH } from './section';

let dialog: HTMLDialogElement | undefined;
let input: HTMLInputElement;
let search: SearchBinding;

/** Open the dialog (created on first use), focus the input and show results for its text. */
export function openDialog(): void {
  dialog ??= create();
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
  search.run();
}

function create(): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'search-dialog';
  const strings = searchStrings();
  element.setAttribute('aria-label', strings.dialogLabel);

  input = document.createElement('input');
  Object.assign(input, {
    type: 'search',
    className: 'search-input',
    placeholder: strings.placeholder,
    autocomplete: 'off',
    spellcheck: false,
    enterKeyHint: 'search',
    // A long paste is cut here, before the browser lays it out (a 100 KB paste froze the tab).
    maxLength: QUERY_MAX_LENGTH,
  });
  input.setAttribute('aria-label', strings.inputLabel);
  input.setAttribute('aria-controls', 'search-dialog-results');
  input.setAttribute('aria-describedby', 'search-dialog-status');

  // Closing gives the focus back to the page at once. Chromium would leave it on the hidden input
  // (when search was opened from the page's body) until it next renders the page, so a key pressed
  // right after Esc, such as `/` or Ctrl+K, would go to a field of a closed dialog.
  const closeDialog = () => {
    element.close();
    input.blur();
  };
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'search-action';
  close.textContent = strings.close;
  close.addEventListener('click', closeDialog);

  const field = document.createElement('div');
  field.className = 'search-field';
  field.append(input, close);

  const status = document.createElement('p');
  status.id = 'search-dialog-status';
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  const list = document.createElement('ul');
  list.id = 'search-dialog-results';
  list.className = 'search-results';
  list.dataset['testid'] = 'search-results';

  search = bindSearch(input, { status, list }, {
    onEnter: () => list.querySelector<HTMLAnchorElement>('a.search-result')?.click(),
    // One Esc closes the dialog, rather than first clearing the search field.
    onEscape: closeDialog,
  });
  element.addEventListener('keydown', (event) => handleArrowKeys(event, input, list));
  element.addEventListener('cancel', (event) => {
    if (search.composing()) event.preventDefault();
  });
  // The panel fills the dialog, so a click whose target is the dialog itself hit the backdrop.
  element.addEventListener('click', (event) => {
    if (event.target === element) closeDialog();
  });

  const panel = document.createElement('div');
  panel.className = 'search-panel';
  panel.append(field, status, list);
  element.append(panel);
  document.body.append(element);
  return element;
}
