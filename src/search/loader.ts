/**
 * The only search code on every page (kept tiny: it counts against the page's JavaScript
 * budget). It opens the dialog on the header button, `/` and Ctrl/⌘+K, loading the dialog
 * on first use, and loads the highlighter when a search result brought the reader here.
 */
import dialogUrl from './dialog?chunk';
import highlightUrl from './highlight?chunk';

const button = document.querySelector<HTMLAnchorElement>('a.search-button');

// The keys work from here on: say so (SearchButton.astro's CSS then shows the / hint).
button?.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');

/** Set as a shortcut or click waits for the dialog's code to load; an Esc meanwhile clears it. */
let opening: boolean;

function open(): void {
  const pageInput = document.querySelector<HTMLInputElement>('#search-page-input');
  if (pageInput) return pageInput.focus();
  opening = true;
  (import(/* @vite-ignore */ dialogUrl) as Promise<typeof import('./dialog')>)
    .then(({ openDialog }) => opening && openDialog())
    .catch(() => opening && button && location.assign(button.href));
}

button?.addEventListener('click', (event) => {
  if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  open();
});

addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const key = event.key.toLowerCase();
  if (key === 'escape') opening = false;
  if (event.isComposing || event.defaultPrevented) return;
  // Ctrl/⌘+K types nothing, so it opens search from a field too, and the browser must not take
  // it (address-bar search); `/` typed in a field is text.
  if (
    event.ctrlKey || event.metaKey
      ? key === 'k'
      : key === '/' && !event.altKey && !(target.isContentEditable || target.closest?.('input,textarea,select'))
  ) {
    event.preventDefault();
    open();
  }
});

// HIGHLIGHT_PARAM of section.ts, written out: an import would make this script a module of its
// own instead of inline code (the browser tests follow a result link, so a mismatch fails them).
if (new URLSearchParams(location.search).has('highlight')) void import(/* @vite-ignore */ highlightUrl);
