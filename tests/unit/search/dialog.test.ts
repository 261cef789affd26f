// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { QUERY_MAX_LENGTH } from '../../../src/search/section';
import { serveFold, siteFetch } from './fold-fixture';
import { installStrings, say, strings } from './strings-fixture';

installStrings();

const pagefind = await vi.hoisted(() => import('./pagefind-bundle'));
vi.mock('/pagefind/pagefind.js', () => pagefind);

/** A fresh dialog module on a fresh page: the dialog is created on first use. */
async function dialogModule() {
  document.body.innerHTML = '<main><a href="/">x</a></main>';
  vi.resetModules();
  return import('../../../src/search/dialog');
}

const dialog = () => document.querySelector('dialog') as HTMLDialogElement;
const input = () => dialog().querySelector('input') as HTMLInputElement;
const status = () => dialog().querySelector('[role="status"]') as HTMLElement;
const results = () => [...dialog().querySelectorAll<HTMLAnchorElement>('a.search-result')];
const key = (target: Element, k: string) => {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};

/** Type 浦东, which both sections of the stand-in contain, and wait for the results. */
async function search(query = '浦东') {
  input().value = query;
  input().dispatchEvent(new InputEvent('input', { bubbles: true }));
  await vi.waitFor(() => expect(status().textContent).toBe(say.found(2)));
}

beforeEach(() => {
  pagefind.search.mockClear();
  serveFold();
});

describe('openDialog', () => {
  it('creates one labelled modal dialog with a search field, focused, and a status line', async () => {
    const { openDialog } = await dialogModule();
    openDialog();
    openDialog();
    expect(document.querySelectorAll('dialog')).toHaveLength(1);
    expect(dialog().open).toBe(true);
    expect(dialog().className).toBe('search-dialog');
    expect(dialog().getAttribute('aria-label')).toBe(strings.dialogLabel);
    expect(document.activeElement).toBe(input());
    expect(input()).toMatchObject({
      type: 'search',
      placeholder: strings.placeholder,
      autocomplete: 'off',
      spellcheck: false,
      enterKeyHint: 'search',
      maxLength: QUERY_MAX_LENGTH,
    });
    expect(input().getAttribute('aria-label')).toBe(strings.inputLabel);
    expect(input().getAttribute('aria-controls')).toBe(dialog().querySelector('ul')?.id);
    expect(input().getAttribute('aria-describedby')).toBe(status().id);
    expect(dialog().querySelector('ul')?.dataset['testid']).toBe('search-results');
    await vi.waitFor(() => expect(status().textContent).toBe(strings.hint));
    // The structure and classes the stylesheet (src/search/results.css) and the browser tests rely on.
    expect(dialog().querySelector('.search-panel')?.outerHTML).toBe(
      '<div class="search-panel"><div class="search-field">' +
        `<input type="search" class="search-input" placeholder="${strings.placeholder}" autocomplete="off" maxlength="${QUERY_MAX_LENGTH}" aria-label="${strings.inputLabel}" aria-controls="search-dialog-results" aria-describedby="search-dialog-status">` +
        `<button type="button" class="search-action">${strings.close}</button></div>` +
        `<p id="search-dialog-status" class="search-status" role="status">${strings.hint}</p>` +
        '<ul id="search-dialog-results" class="search-results" data-testid="search-results"></ul></div>',
    );
    // Styled by the page's own stylesheet: the Content Security Policy lets no script add a <style>.
    expect([...dialog().children].map((child) => child.className)).toEqual(['search-panel']);
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('shows results as the reader types; reopening keeps the query, selected, and its results', async () => {
    const { openDialog } = await dialogModule();
    openDialog();
    await search();
    expect(results().map((a) => a.getAttribute('href'))).toEqual([
      '/priorities/5/?highlight=%E6%B5%A6%E4%B8%9C',
      '/passages/han-zheng/?highlight=%E6%B5%A6%E4%B8%9C',
    ]);
    dialog().close();
    openDialog();
    expect(input().value).toBe('浦东');
    expect([input().selectionStart, input().selectionEnd]).toEqual([0, 2]);
    expect(results()).toHaveLength(2);
    expect(pagefind.search).toHaveBeenCalledTimes(1);
    expect(siteFetch).toHaveBeenCalledTimes(1);
  });

  it('Enter follows the first result; arrow keys move between the results', async () => {
    const { openDialog } = await dialogModule();
    openDialog();
    await search();
    const followed: string[] = [];
    for (const link of results()) link.addEventListener('click', (event) => (event.preventDefault(), followed.push(link.href)));
    key(input(), 'Enter');
    expect(followed).toEqual([results()[0]?.href]);
    key(input(), 'ArrowDown');
    expect(document.activeElement).toBe(results()[0]);
    key(document.activeElement as Element, 'ArrowDown');
    expect(document.activeElement).toBe(results()[1]);
  });

  it('Enter without results does nothing but keep the dialog open', async () => {
    const { openDialog } = await dialogModule();
    openDialog();
    input().value = '京津冀';
    input().dispatchEvent(new InputEvent('input', { bubbles: true }));
    await vi.waitFor(() => expect(status().textContent).toBe(say.notFound('京津冀')));
    // happy-dom throws a listener's error out of dispatchEvent, so an error here fails the test.
    expect(key(input(), 'Enter').defaultPrevented).toBe(true);
    expect(dialog().open).toBe(true);
  });

  it('closes with one Esc, with its close button, and with a click on the backdrop, not inside', async () => {
    const { openDialog } = await dialogModule();
    openDialog();
    await search();
    expect(key(input(), 'Escape').defaultPrevented).toBe(true);
    expect(dialog().open).toBe(false);
    expect(input().value).toBe('浦东');
    openDialog();
    (dialog().querySelector('button') as HTMLButtonElement).click();
    expect(dialog().querySelector('button')?.textContent).toBe(strings.close);
    expect(dialog().open).toBe(false);
    openDialog();
    status().click();
    expect(dialog().open).toBe(true);
    dialog().click();
    expect(dialog().open).toBe(false);
  });

  it('gives the focus back to the page as it closes (Esc, close button, backdrop), not at the next frame', async () => {
    const { openDialog } = await dialogModule();
    const closings = [
      () => key(input(), 'Escape'),
      () => (dialog().querySelector('button') as HTMLButtonElement).click(),
      () => dialog().click(),
    ];
    for (const close of closings) {
      openDialog();
      expect(document.activeElement).toBe(input());
      close();
      expect(dialog().open).toBe(false);
      expect(document.activeElement).toBe(document.body);
    }
  });

  it('the browser’s own cancel (Esc) does not close it while an input method composes', async () => {
    const { openDialog } = await dialogModule();
    openDialog();
    const cancel = () => {
      const event = new Event('cancel', { cancelable: true });
      dialog().dispatchEvent(event);
      return event.defaultPrevented;
    };
    input().dispatchEvent(new CompositionEvent('compositionstart'));
    expect(cancel()).toBe(true);
    input().dispatchEvent(new CompositionEvent('compositionend'));
    expect(cancel()).toBe(false);
  });
});
