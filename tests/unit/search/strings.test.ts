// @vitest-environment happy-dom
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchUi, type SearchStrings } from '../../../src/i18n/ui';
import { toTraditional } from '../../../src/lib/traditional-script';
import { fill, STRINGS_ID } from '../../../src/search/strings';

/**
 * The search scripts hold no text of their own: they read it from the page, which carries it
 * in its edition's script (SearchButton.astro). Each test starts from a page and fresh modules.
 */
const traditionalStrings: SearchStrings = {
  ...(Object.fromEntries(Object.entries(searchUi.client).map(([key, text]) => [key, toTraditional(text)])) as SearchStrings),
  fullTextHref: '/zh-hant/full/',
};

function carry(strings: SearchStrings): void {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = STRINGS_ID;
  script.textContent = JSON.stringify(strings);
  document.head.append(script);
}

beforeEach(() => {
  document.head.replaceChildren();
  document.body.innerHTML = '<p id="status"></p><ul id="list"></ul>';
  vi.resetModules();
});

// Test files share their worker's DOM and module cache (vitest.unit.config.ts): leave neither
// the traditional strings on the page nor a module that has read them.
afterAll(() => {
  document.head.replaceChildren();
  vi.resetModules();
});

describe('searchStrings', () => {
  it('reads the strings the page carries, once', async () => {
    carry(traditionalStrings);
    const { searchStrings } = await import('../../../src/search/strings');
    const strings = searchStrings();
    expect(strings).toEqual(traditionalStrings);
    document.head.replaceChildren();
    expect(searchStrings()).toBe(strings);
  });

  it('fails naming the element when the page carries no strings', async () => {
    const { searchStrings } = await import('../../../src/search/strings');
    expect(() => searchStrings()).toThrow(new Error(`#${STRINGS_ID}: the page carries no search strings`));
  });
});

describe('the search UI in the traditional edition', () => {
  it('shows the traditional page’s own strings', async () => {
    // Strings that read differently in traditional script, else this would prove nothing.
    expect(traditionalStrings.hint).not.toBe(searchUi.client.hint);
    expect(traditionalStrings.occurrences).not.toBe(searchUi.client.occurrences);
    carry(traditionalStrings);
    const { renderHits } = await import('../../../src/search/render');
    const view = { status: document.querySelector('#status') as HTMLElement, list: document.querySelector('#list') as HTMLElement };
    renderHits(view, [], ' ');
    expect(view.status.textContent).toBe(traditionalStrings.hint);
    const section = { url: '/zh-hant/priorities/5/', label: '第五', text: '浦東', order: 0 };
    renderHits(view, [{ section, inTitle: false, count: 3, excerpt: [] }], '浦東');
    expect(view.list.querySelector('.search-result-count')?.textContent).toBe(fill(traditionalStrings.occurrences, { count: 3 }));
  });
});
