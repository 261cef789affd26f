// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { toTraditional } from '../../../src/lib/traditional-script';
import { failFoldOnce, serveFold, siteFetch } from './fold-fixture';
import { installStrings, say, strings } from './strings-fixture';
import { QUERY_SHOWN, type ResultsView } from '../../../src/search/render';
import { QUERY_MAX_LENGTH } from '../../../src/search/section';
import { FOLD_PATH } from '../../../src/search/fold';
import { fill } from '../../../src/search/strings';

installStrings();

const pagefind = await vi.hoisted(() => import('./pagefind-bundle'));
vi.mock('/pagefind/pagefind.js', () => pagefind);
// A retry after a load that never answered imports the bundle from a new URL.
vi.mock('/pagefind/pagefind.js?retry=1', () => pagefind);
vi.mock('/pagefind/pagefind.js?retry=2', () => pagefind);

let input: HTMLInputElement;
let view: ResultsView;
const hooks = { onInput: vi.fn(), onEnter: vi.fn(), onEscape: vi.fn() };
const labels = () => [...view.list.querySelectorAll('.search-result-label')].map((label) => label.textContent);
const marked = () => [...view.list.querySelectorAll('mark')].map((mark) => mark.textContent);

/** A fresh controller module (sections load once per module) bound to the input. */
async function bind(withHooks: object = hooks, options: object = {}) {
  vi.resetModules();
  const { bindSearch } = await import('../../../src/search/controller');
  return bindSearch(input, view, withHooks, options);
}

beforeEach(() => {
  document.body.innerHTML = '<input type="search"><p role="status"></p><ul></ul>';
  input = document.querySelector('input') as HTMLInputElement;
  view = { status: document.querySelector('p') as HTMLElement, list: document.querySelector('ul') as HTMLElement };
  for (const hook of Object.values(hooks)) hook.mockClear();
  pagefind.search.mockClear();
  serveFold();
  vi.unstubAllEnvs();
});

const type = (value: string, init: InputEventInit = {}) => {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, ...init }));
};
const key = (k: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init });
  input.dispatchEvent(event);
  return event.defaultPrevented;
};

/** Pagefind's next search never answers until the returned function is called (with no sections). */
function stallFirstSearch(): () => void {
  let answer!: () => void;
  pagefind.search.mockImplementationOnce((_term, _options) => new Promise((resolve) => (answer = () => resolve({ results: [] }))));
  return () => answer();
}

describe('bindSearch', () => {
  it('says it is loading, loads the sections and the fold table once, then shows the hits for what was typed', async () => {
    const search = await bind();
    type('浦东');
    expect(view.status.textContent).toBe(strings.loading);
    search.run();
    await vi.waitFor(() => expect(view.status.textContent).toBe(say.found(2)));
    expect(labels()).toEqual(['第五 推动浦东高水平改革开放', '韩正在讲话中表示']);
    type('先行先试');
    expect(view.status.textContent).toBe(say.found(1));
    expect(pagefind.search).toHaveBeenCalledTimes(1);
    expect(siteFetch.mock.calls).toEqual([['/search/fold.json']]);
    expect(hooks.onInput.mock.calls).toEqual([['浦东'], ['先行先试']]);
  });

  it('asks for the fold table at once, alongside the sections, not after them', async () => {
    await bind();
    type('浦东');
    expect(siteFetch.mock.calls).toEqual([['/search/fold.json']]);
    expect(pagefind.search).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(view.status.textContent).toBe(say.found(2)));
  });

  it('with the fold table, a query in traditional characters finds the simplified text and marks it', async () => {
    const query = toTraditional('浦东要先行');
    expect(query).not.toBe('浦东要先行');
    await bind();
    type(query);
    await vi.waitFor(() => expect(view.status.textContent).toBe(say.found(1)));
    expect(labels()).toEqual(['韩正在讲话中表示']);
    expect(marked()).toEqual(['浦东要先行']);
  });

  it('does not search half-composed text; searches and reports what was composed', async () => {
    const search = await bind();
    type('浦东');
    await vi.waitFor(() => expect(view.status.textContent).toBe(say.found(2)));
    input.dispatchEvent(new CompositionEvent('compositionstart'));
    expect(search.composing()).toBe(true);
    type('浦东jichang', { isComposing: true });
    expect(view.status.textContent).toBe(say.found(2));
    expect(hooks.onInput.mock.calls).toEqual([['浦东']]);
    input.value = '浦东机场';
    input.dispatchEvent(new CompositionEvent('compositionend'));
    expect(search.composing()).toBe(false);
    // No literal match: it looks for homophones first (none in these sections), then says so.
    await vi.waitFor(() => expect(view.status.textContent).toBe(say.notFound('浦东机场')));
    expect(hooks.onInput.mock.calls).toEqual([['浦东'], ['浦东机场']]);
  });

  it('gives Enter and Esc to its hooks, and takes them away from the browser', async () => {
    await bind();
    expect(key('Enter')).toBe(true);
    expect(key('Escape')).toBe(true);
    expect(key('a')).toBe(false);
    expect(hooks.onEnter).toHaveBeenCalledTimes(1);
    expect(hooks.onEscape).toHaveBeenCalledTimes(1);
  });

  it('without an Esc hook leaves Esc to the input (it clears the field)', async () => {
    await bind({ onEnter: hooks.onEnter });
    expect(key('Escape')).toBe(false);
  });

  // Chrome marks keys during composition with isComposing; Safari sends the committing Enter
  // after compositionend with keyCode 229 only.
  it('while an input method composes, Enter is the IME’s and Esc cancels only the composition', async () => {
    await bind();
    input.dispatchEvent(new CompositionEvent('compositionstart'));
    expect(key('Enter', { isComposing: true, keyCode: 229 })).toBe(false);
    expect(key('Escape', { isComposing: true })).toBe(true);
    expect(key('Enter')).toBe(false);
    input.dispatchEvent(new CompositionEvent('compositionend'));
    expect(key('Enter', { keyCode: 229 })).toBe(false);
    expect(key('Escape', { keyCode: 229 })).toBe(true);
    expect(hooks.onEnter).not.toHaveBeenCalled();
    expect(hooks.onEscape).not.toHaveBeenCalled();
  });

  it('says plainly when the index cannot be loaded, and links to the full text', async () => {
    const search = await bind();
    pagefind.search.mockRejectedValueOnce(new Error('offline'));
    type('浦东');
    await vi.waitFor(() => expect(view.status.textContent).toBe(`${strings.unavailable}${strings.fullText}`));
    expect(view.status.querySelector('a')?.getAttribute('href')).toBe(`/full/?highlight=${encodeURIComponent('浦东')}`);
    // The next search tries again.
    search.run();
    await vi.waitFor(() => expect(view.status.textContent).toBe(say.found(2)));
  });

  it('without the fold table (failed or broken), searches each script as typed and says so', async () => {
    failFoldOnce();
    await bind();
    type('浦东');
    await vi.waitFor(() => expect(view.status.textContent).toBe(say.found(2) + strings.foldMissing));
    type(toTraditional('浦东要先行'));
    // No literal match: search by sound is tried (its data is not served here), then the answer stands.
    await vi.waitFor(() => expect(view.status.textContent).toBe(say.notFound(toTraditional('浦东要先行')) + strings.foldMissing));
    expect(siteFetch.mock.calls.filter(([url]) => String(url).endsWith(FOLD_PATH))).toHaveLength(1);

    siteFetch.mockResolvedValueOnce(new Response('["長"]'));
    await bind();
    type('浦东');
    await vi.waitFor(() => expect(view.status.textContent).toBe(say.found(2) + strings.foldMissing));
  });

  it('when loading takes longer than its deadline, says so, links to the full text, and tries again on the next keystroke', async () => {
    const answer = stallFirstSearch();
    await bind(hooks, { deadline: 20 });
    type('浦东');
    expect(view.status.textContent).toBe(strings.loading);
    await vi.waitFor(() => expect(view.status.textContent).toBe(`${strings.timedOut}${strings.fullText}`));
    expect(view.status.querySelector('a')?.getAttribute('href')).toBe(`/full/?highlight=${encodeURIComponent('浦东')}`);
    type('浦东要');
    expect(view.status.textContent).toBe(strings.loading);
    await vi.waitFor(() => expect(view.status.textContent).toBe(say.found(1)));
    // The stalled requests are not waited for: both files are asked for again.
    expect(pagefind.search).toHaveBeenCalledTimes(2);
    expect(siteFetch).toHaveBeenCalledTimes(2);
    // The first answer, late, changes nothing the reader sees now.
    answer();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(view.status.textContent).toBe(say.found(1));
  });

  it('keeps a failure that came before the deadline, and links to the plain full text for a blank query', async () => {
    pagefind.search.mockRejectedValueOnce(new Error('offline'));
    await bind(hooks, { deadline: 20 });
    type('  ');
    await vi.waitFor(() => expect(view.status.textContent).toBe(`${strings.unavailable}${strings.fullText}`));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(view.status.textContent).toBe(`${strings.unavailable}${strings.fullText}`);
    expect(view.status.querySelector('a')?.getAttribute('href')).toBe('/full/');
  });

  it('after a timeout, neither a late failure nor a newer attempt’s deadline overwrite what came later', async () => {
    let fail!: () => void;
    pagefind.search.mockImplementationOnce((_term, _options) => new Promise((_resolve, reject) => (fail = () => reject(new Error('late')))));
    const answer = stallFirstSearch();
    pagefind.search.mockImplementationOnce((_term, _options) => new Promise(() => {}));
    const timedOut = `${strings.timedOut}${strings.fullText}`;
    await bind(hooks, { deadline: 100 });
    type('浦东');
    await vi.waitFor(() => expect(view.status.textContent).toBe(timedOut));
    fail();
    await new Promise((resolve) => setTimeout(resolve));
    expect(view.status.textContent).toBe(timedOut);
    type('浦东要');
    await vi.waitFor(() => expect(pagefind.search).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(view.status.textContent).toBe(timedOut));
    type('浦东要先行');
    // Well before this attempt's deadline: the answer to the one before comes first.
    await vi.waitFor(() => expect(pagefind.search).toHaveBeenCalledTimes(3), { interval: 1 });
    answer();
    await vi.waitFor(() => expect(view.status.textContent).toBe(say.notFound('浦东要先行')));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(view.status.textContent).toBe(say.notFound('浦东要先行'));
  });

  it('shows a late answer to a load that timed out', async () => {
    const answer = stallFirstSearch();
    await bind(hooks, { deadline: 20 });
    type('浦东');
    await vi.waitFor(() => expect(view.status.textContent).toBe(`${strings.timedOut}${strings.fullText}`));
    answer();
    await vi.waitFor(() => expect(view.status.textContent).toBe(say.notFound('浦东')));
  });

  it(`says when the query is as long as an input takes (${QUERY_MAX_LENGTH})`, async () => {
    await bind();
    type('浦'.repeat(QUERY_MAX_LENGTH - 1));
    await vi.waitFor(() => expect(view.status.textContent).toBe(say.notFound(`${'浦'.repeat(QUERY_SHOWN)}……`)));
    type('浦'.repeat(QUERY_MAX_LENGTH));
    await vi.waitFor(() =>
      expect(view.status.textContent).toBe(say.notFound(`${'浦'.repeat(QUERY_SHOWN)}……`) + fill(strings.tooLong, { max: QUERY_MAX_LENGTH })),
    );
  });

  it('where the index was never built, says so in development and points to the full text in a build', async () => {
    vi.doMock('/pagefind/pagefind.js', () => {
      throw new Error('no bundle');
    });
    await bind();
    type('浦东');
    await vi.waitFor(() => expect(view.status.textContent).toBe(strings.indexMissing));
    vi.stubEnv('DEV', false);
    await bind();
    type('浦东');
    await vi.waitFor(() => expect(view.status.textContent).toBe(`${strings.unavailable}${strings.fullText}`));
    vi.doUnmock('/pagefind/pagefind.js');
  });
});
