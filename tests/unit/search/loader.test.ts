// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { serveFold } from './fold-fixture';
import { installStrings } from './strings-fixture';

/**
 * The inline loader on every page: the header button, `/` and Ctrl/⌘+K open the search dialog
 * (its chunk loaded on first use); the highlighter loads only for ?highlight=. Its chunks are
 * the source modules here (vitest.unit.config.ts resolves `?chunk` as the dev server does).
 */
const pagefind = await vi.hoisted(() => import('./pagefind-bundle'));
vi.mock('/pagefind/pagefind.js', () => pagefind);

// The page's search strings (SearchButton.astro writes them next to the button).
installStrings();

const PAGE = '<header><a class="search-button" href="/search/">搜索</a></header><main data-pagefind-body><p>浦东</p><input id="other"></main>';

async function loadPage(url: string, page = PAGE) {
  history.replaceState(null, '', url);
  document.body.innerHTML = page;
  vi.resetModules();
  await import('../../../src/search/loader');
}

const dialog = () => document.querySelector<HTMLDialogElement>('dialog.search-dialog');
const input = () => document.querySelector('dialog.search-dialog input') as HTMLInputElement;
const button = () => document.querySelector('a.search-button') as HTMLAnchorElement;
const press = (target: EventTarget, key: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event.defaultPrevented;
};
const click = (init: MouseEventInit = {}) => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, ...init });
  button().dispatchEvent(event);
  return event.defaultPrevented;
};
/** Opening imports the dialog chunk: wait for the dialog, or give the import time to finish and check it did not open. */
const opened = () => vi.waitFor(() => expect(dialog()?.open).toBe(true));

// A fresh loader for each test (imported inside the test, so mutation testing sees which test runs it).
beforeEach(() => {
  serveFold();
  return loadPage('/priorities/5/');
});

describe('the search loader', () => {
  // PAGE's button has no aria-keyshortcuts, as the server writes it: the loader adds it.
  it('says the keys work once it runs (the page’s CSS shows the / hint only then)', () => {
    expect(button().getAttribute('aria-keyshortcuts')).toBe('/ Control+K Meta+K');
  });

  it('opens the dialog from the header button instead of following the link', async () => {
    expect(click()).toBe(true);
    await opened();
  });

  it('leaves a click with a modifier key or another button to the browser (new tab, window)', () => {
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }]) {
      expect(click(init), JSON.stringify(init)).toBe(false);
    }
  });

  it.each([
    ['/', {}],
    ['k', { ctrlKey: true }],
    ['K', { metaKey: true }],
  ])('opens with %s %j', async (key, init) => {
    expect(press(document.body, key, init)).toBe(true);
    await opened();
  });

  it('opens with a key that reaches the document itself, and on a page without the header button', async () => {
    await loadPage('/404/', '<main><p>x</p></main>');
    expect(press(document, '/')).toBe(true);
    await opened();
  });

  it('leaves other keys, and keys typed into fields or during composition, alone', () => {
    expect(press(document.body, 'k')).toBe(false);
    expect(press(document.body, '/', { ctrlKey: true })).toBe(false);
    expect(press(document.body, '/', { altKey: true })).toBe(false);
    expect(press(document.body, '/', { metaKey: true })).toBe(false);
    expect(press(document.body, '/', { isComposing: true })).toBe(false);
    expect(press(document.querySelector('#other') as Element, '/')).toBe(false);
    expect(press(document.body, 'k', { ctrlKey: true, isComposing: true })).toBe(false);
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    document.body.append(editable);
    expect(press(editable, '/')).toBe(false);
    editable.remove();
  });

  it('opens with Ctrl/⌘+K typed into a field too (it types nothing)', async () => {
    const other = document.querySelector('#other') as HTMLInputElement;
    other.focus();
    expect(press(other, 'k', { ctrlKey: true })).toBe(true);
    await opened();
    expect(document.activeElement).toBe(input());
  });

  it('keeps Ctrl/⌘+K typed in the open dialog from the browser (address-bar search), the dialog open', async () => {
    press(document.body, '/');
    await opened();
    input().value = '浦东';
    expect(press(input(), 'k', { ctrlKey: true })).toBe(true);
    expect(press(input(), 'K', { metaKey: true })).toBe(true);
    await vi.dynamicImportSettled();
    expect(dialog()?.open).toBe(true);
    expect(document.activeElement).toBe(input());
    expect(input().value).toBe('浦东');
    // `/` in the open dialog's input is text.
    expect(press(input(), '/')).toBe(false);
  });

  // Chromium would leave the focus on the closed dialog's input until it next renders the page
  // (happy-dom never moves it): the dialog gives it back to the page as it closes, so a key pressed
  // at once after Esc reaches the loader.
  it.each([
    ['/', {}],
    ['k', { ctrlKey: true }],
    ['k', { metaKey: true }],
  ])('opens again with %s %j pressed at once after Esc closed the dialog', async (key, init) => {
    press(document.body, '/');
    await opened();
    expect(press(input(), 'Escape')).toBe(true);
    expect(dialog()?.open).toBe(false);
    expect(press(document.activeElement ?? document, key, init)).toBe(true);
    await opened();
  });

  describe('Esc pressed before the dialog’s code has loaded', () => {
    it.each([
      ['/', () => press(document.body, '/')],
      ['Ctrl+K', () => press(document.body, 'k', { ctrlKey: true })],
      ['the header button', () => click()],
    ])('cancels opening with %s', async (_, openIt) => {
      expect(openIt()).toBe(true);
      press(document.body, 'Escape');
      await vi.dynamicImportSettled();
      expect(dialog()).toBeNull();
      // Not for good: the next shortcut opens the dialog.
      expect(press(document.body, '/')).toBe(true);
      await opened();
    });

    it('only Esc: other keys pressed while it loads leave it opening', async () => {
      press(document.body, '/');
      for (const key of ['Shift', 'a', 'Enter', 'Tab']) press(document.body, key);
      await opened();
    });

    it('is undone by a shortcut pressed after it', async () => {
      press(document.body, '/');
      press(document.body, 'Escape');
      press(document.body, 'k', { ctrlKey: true });
      await opened();
    });

    it('also keeps the page from following the link when the dialog cannot load', async () => {
      const assign = vi.spyOn(location, 'assign').mockImplementation(() => {});
      vi.doMock('/src/search/dialog.ts', () => {
        throw new Error('offline');
      });
      vi.resetModules();
      expect(click()).toBe(true);
      press(document.body, 'Escape');
      await vi.dynamicImportSettled();
      expect(assign).not.toHaveBeenCalled();
      vi.doUnmock('/src/search/dialog.ts');
      assign.mockRestore();
    });
  });

  it('leaves a key another handler already took', () => {
    const takeIt = (event: Event) => event.preventDefault();
    document.body.addEventListener('keydown', takeIt);
    const event = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
    const opening = vi.spyOn(document, 'querySelector');
    document.body.dispatchEvent(event);
    document.body.removeEventListener('keydown', takeIt);
    expect(opening).not.toHaveBeenCalledWith('#search-page-input');
    opening.mockRestore();
  });

  it('on the search page focuses its own field instead', () => {
    const field = document.createElement('input');
    field.id = 'search-page-input';
    document.body.append(field);
    expect(press(document.body, '/')).toBe(true);
    expect(document.activeElement).toBe(field);
    expect(dialog()?.open ?? false).toBe(false);
  });

  it('follows the link when the dialog cannot load', async () => {
    const assign = vi.spyOn(location, 'assign').mockImplementation(() => {});
    vi.doMock('/src/search/dialog.ts', () => {
      throw new Error('offline');
    });
    vi.resetModules();
    expect(click()).toBe(true);
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith(button().href));
    vi.doUnmock('/src/search/dialog.ts');
    assign.mockRestore();
  });
});

describe('the highlighter', () => {
  it('loads and marks the query when the page was opened from a result (?highlight=)', async () => {
    await loadPage('/priorities/5/?highlight=%E6%B5%A6%E4%B8%9C');
    await vi.waitFor(() => expect(document.querySelector('main mark')?.textContent).toBe('浦东'));
  });

  it('does not load otherwise', async () => {
    const loaded = vi.fn();
    vi.doMock('/src/search/highlight.ts', () => (loaded(), {}));
    await loadPage('/priorities/5/?q=%E6%B5%A6%E4%B8%9C');
    await vi.dynamicImportSettled();
    expect(loaded).not.toHaveBeenCalled();
    // The stand-in does count a load.
    await loadPage('/priorities/5/?highlight=%E6%B5%A6%E4%B8%9C');
    await vi.dynamicImportSettled();
    expect(loaded).toHaveBeenCalledTimes(1);
    vi.doUnmock('/src/search/highlight.ts');
  });
});
