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

function open(): void {
  const pageInput = document.querySelector<HTMLInputElement>('#search-page-input');
  if (pageInput) return pageInput.focus();
  (import(/* @vite-ignore */ dialogUrl) as Promise<typeof import('./dialog')>)
    .then(({ openDialog }) => openDialog())
    .catch(() => button && location.assign(button.href));
}

button?.addEventListener('click', (event) => {
  if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  open();
});

addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.isComposing || event.defaultPrevented || target.isContentEditable) return;
  if (target.closest?.('input, textarea, select')) return;
  const key = event.key.toLowerCase();
  if ((key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) || ((event.ctrlKey || event.metaKey) && key === 'k')) {
    event.preventDefault();
    open();
  }
});

// HIGHLIGHT_PARAM of section.ts, written out: an import would make this script a module of its
// own instead of inline code (the browser tests follow a result link, so a mismatch fails them).
if (new URLSearchParams(location.search).has('highlight')) void import(/* @vite-ignore */ highlightUrl);
