// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { searchUi } from '../../../src/i18n/ui';
import { QUERY_MAX_LENGTH } from '../../../src/search/section';
import { fill } from '../../../src/search/strings';
import { QUERY_SHOWN } from '../../../src/search/render';
import { excerpt } from '../../../src/lib/text';
import { serveFold } from './fold-fixture';
import { installStrings, say, strings } from './strings-fixture';

installStrings();
beforeEach(() => serveFold());

const pagefind = await vi.hoisted(() => import('./pagefind-bundle'));
vi.mock('/pagefind/pagefind.js', () => pagefind);

/** The markup of src/pages/search.astro that page.ts works on. */
const SEARCH_PAGE = `<div id="search-page">
  <form id="search-page-form" hidden><input id="search-page-input" type="search" name="q"><button>搜索</button></form>
  <p id="search-page-needs-js">${searchUi.needsJavaScript}</p>
  <p id="search-page-status" role="status"></p><ul id="search-page-results"></ul>
</div>`;

async function openSearchPage(url: string, body = SEARCH_PAGE) {
  history.replaceState(null, '', url);
  document.body.innerHTML = body;
  vi.resetModules();
  await import('../../../src/search/page');
}

const input = () => document.querySelector('#search-page-input') as HTMLInputElement;
const status = () => document.querySelector('#search-page-status')?.textContent;
const query = () => new URLSearchParams(location.search).get('q');
const type = (value: string) => {
  input().value = value;
  input().dispatchEvent(new InputEvent('input', { bubbles: true }));
};
const enter = () => input().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));

describe('/search/', () => {
  it('shows the form instead of the no-JavaScript note, and the results for ?q=', async () => {
    await openSearchPage('/search/?q=%E5%85%88%E8%A1%8C%E5%85%88%E8%AF%95');
    expect(document.querySelector('#search-page-form')?.hasAttribute('hidden')).toBe(false);
    expect(document.querySelector('#search-page-needs-js')).toBeNull();
    expect(input().value).toBe('先行先试');
    await vi.waitFor(() => expect(status()).toBe(say.found(1)));
    expect(document.activeElement).not.toBe(input());
  });

  it('without a query, focuses the field and shows the hint', async () => {
    await openSearchPage('/search/');
    expect(document.activeElement).toBe(input());
    await vi.waitFor(() => expect(status()).toBe(strings.hint));
  });

  it('typing replaces the URL’s query; Enter commits it as a new history entry; back restores query and results', async () => {
    await openSearchPage('/search/?q=%E6%B5%A6%E4%B8%9C');
    await vi.waitFor(() => expect(status()).toBe(say.found(2)));
    const entries = history.length;
    type('先行先试');
    expect(query()).toBe('先行先试');
    expect(history.length).toBe(entries);
    expect(status()).toBe(say.found(1));
    enter();
    expect(history.length).toBe(entries + 1);
    enter();
    expect(history.length).toBe(entries + 1);
    type('');
    expect(location.search).toBe('');
    history.back();
    await vi.waitFor(() => expect(input().value).toBe('浦东'));
    expect(query()).toBe('浦东');
    expect(status()).toBe(say.found(2));
  });

  it('commits the query without the spaces around it, and a query that differs only in them as the same', async () => {
    await openSearchPage('/search/?q=%E6%B5%A6%E4%B8%9C');
    const entries = history.length;
    type(' 先行先试 ');
    enter();
    expect(query()).toBe('先行先试');
    expect(history.length).toBe(entries + 1);
    type('先行先试  ');
    enter();
    expect(history.length).toBe(entries + 1);
    await vi.waitFor(() => expect(status()).toBe(say.found(1)));
  });

  it(`keeps the first ${QUERY_MAX_LENGTH} characters of a longer ?q=, in the field and the URL, and says so`, async () => {
    // 2,000 characters: an 18 KB URL, which servers answer with HTTP 431.
    const long = '浦东'.repeat(1000);
    await openSearchPage(`/search/?q=${encodeURIComponent(long)}`);
    expect(input().value).toBe(long.slice(0, QUERY_MAX_LENGTH));
    expect(query()).toBe(long.slice(0, QUERY_MAX_LENGTH));
    expect(location.href.length).toBeLessThan(2048);
    const named = say.notFound(excerpt(long.slice(0, QUERY_MAX_LENGTH), QUERY_SHOWN));
    await vi.waitFor(() => expect(status()).toBe(named + fill(strings.tooLong, { max: QUERY_MAX_LENGTH })));
  });

  it('works on a page that has no no-JavaScript note', async () => {
    await openSearchPage('/search/?q=%E6%B5%A6%E4%B8%9C', SEARCH_PAGE.replace(/<p id="search-page-needs-js">.*<\/p>/, ''));
    expect(document.querySelector('#search-page-form')?.hasAttribute('hidden')).toBe(false);
    await vi.waitFor(() => expect(status()).toBe(say.found(2)));
  });

  it('arrow keys move from the field to the results', async () => {
    await openSearchPage('/search/?q=%E6%B5%A6%E4%B8%9C');
    await vi.waitFor(() => expect(status()).toBe(say.found(2)));
    input().focus();
    input().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(document.querySelector('#search-page-results a'));
  });

  it.each(['search-page', 'search-page-form', 'search-page-input', 'search-page-status', 'search-page-results'])(
    'does nothing on a page without #%s',
    async (id) => {
      await openSearchPage('/search/?q=%E6%B5%A6%E4%B8%9C', SEARCH_PAGE.replace(`id="${id}"`, 'id="other"'));
      expect(document.querySelector('form')?.hasAttribute('hidden')).toBe(true);
      expect(document.querySelector('#search-page-needs-js')).not.toBeNull();
    },
  );
});
