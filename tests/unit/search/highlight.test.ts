// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toTraditional } from '../../../src/lib/traditional-script';
import { QUERY_MAX_LENGTH } from '../../../src/search/section';
import { fill } from '../../../src/search/strings';
import { fold } from './fold-fixture';
import { installStrings, strings } from './strings-fixture';

installStrings();

/** The fold table's loader (src/search/fold.ts, tested on its own), replaced: here it has loaded, or failed. */
const folding = vi.hoisted(() => ({ loadFold: vi.fn<() => Promise<Record<string, string>>>() }));
vi.mock('../../../src/search/fold', () => folding);

/**
 * highlight.ts marks what the reader searched for when it loads (?highlight=…): each test imports
 * it afresh. It marks once the fold table is there; the stand-in's promise is already settled, so
 * all that follows runs in microtasks, every one done before the next task starts.
 */
async function arrive(query: string | undefined, body: string) {
  history.replaceState(null, '', query === undefined ? '/priorities/5/' : `/priorities/5/?highlight=${encodeURIComponent(query)}`);
  document.body.innerHTML = body;
  vi.resetModules();
  await import('../../../src/search/highlight');
  await new Promise((resolve) => setTimeout(resolve));
}

/** The page's status line (src/layouts/Base.astro). */
const STATUS = '<p role="status" data-copy-status></p>';
const status = () => document.querySelector('[data-copy-status]')?.textContent;
const marks = () =>
  [...document.querySelectorAll<HTMLElement>('mark')].map((mark) => `${mark.dataset['highlight']}:${mark.textContent}`);
const scrolled = vi.fn();

beforeEach(() => {
  scrolled.mockClear();
  Element.prototype.scrollIntoView = scrolled;
  folding.loadFold.mockReset();
  folding.loadFold.mockResolvedValue(fold);
});
afterEach(() => history.replaceState(null, '', '/'));

describe('arriving with ?highlight=', () => {
  it('marks every occurrence of each term in the indexed body, numbered, and scrolls the first to the centre', async () => {
    await arrive('浦东 开放', '<h1>浦东</h1><section data-pagefind-body><p>推动浦东改革开放。</p><p>浦东、浦东</p></section>');
    expect(marks()).toEqual(['0:浦东', '1:开放', '2:浦东', '3:浦东']);
    expect(document.querySelector('h1')?.innerHTML).toBe('浦东');
    expect(document.querySelector('p')?.innerHTML).toBe(
      '推动<mark data-highlight="0">浦东</mark>改革<mark data-highlight="1">开放</mark>。',
    );
    expect(scrolled.mock.calls).toEqual([[{ block: 'center' }]]);
    expect(scrolled.mock.contexts[0]).toBe(document.querySelector('mark'));
  });

  it('marks a phrase split across elements as one occurrence, keeping the markup', async () => {
    await arrive('先行先试', '<div data-pagefind-body><p>要先行<em>先</em>试，先行先试。</p></div>');
    expect(document.querySelector('p')?.innerHTML).toBe(
      '要<mark data-highlight="0">先行</mark><em><mark data-highlight="0">先</mark></em><mark data-highlight="0">试</mark>，' +
        '<mark data-highlight="1">先行先试</mark>。',
    );
  });

  it('matches as search does (full-width forms, spaces between Chinese words) and skips what Pagefind skips', async () => {
    await arrive(
      '３０周年',
      '<div data-pagefind-body><p>开放 30 周年</p><p data-pagefind-ignore>30周年</p><button>30周年</button>' +
        '<script>"30周年"</script><style>/*30周年*/</style><template>30周年</template></div>',
    );
    expect(marks()).toEqual(['0:30 周年']);
  });

  it('leaves white space between the parts of a phrase unmarked', async () => {
    await arrive('先行先试', '<div data-pagefind-body><p>先行<span> </span>先试</p></div>');
    expect(document.querySelector('p')?.innerHTML).toBe(
      '<mark data-highlight="0">先行</mark><span> </span><mark data-highlight="0">先试</mark>',
    );
  });

  it('reads a query in traditional characters as the simplified text it stands for, with the fold table', async () => {
    const query = toTraditional('浦东 开放');
    expect(query).not.toBe('浦东 开放');
    await arrive(query, '<div data-pagefind-body><p>推动浦东改革开放。</p></div>');
    expect(marks()).toEqual(['0:浦东', '1:开放']);
  });

  it('without the fold table (its request failed) still marks a query written as the text is, and says the other script is not', async () => {
    folding.loadFold.mockRejectedValue(new Error('offline'));
    const body = `<div data-pagefind-body><p>推动浦东改革开放。</p></div>${STATUS}`;
    await arrive(toTraditional('浦东'), body);
    expect(marks()).toEqual([]);
    expect(status()).toBe(strings.foldMissing);
    await arrive('浦东', body);
    expect(marks()).toEqual(['0:浦东']);
    expect(scrolled).toHaveBeenCalledTimes(1);
  });

  it('on a page without the status line, marks all the same', async () => {
    folding.loadFold.mockRejectedValue(new Error('offline'));
    const failed = vi.fn();
    addEventListener('unhandledrejection', failed);
    await arrive('浦东', '<div data-pagefind-body><p>推动浦东改革开放。</p></div>');
    await new Promise((resolve) => setTimeout(resolve));
    removeEventListener('unhandledrejection', failed);
    expect([marks(), failed.mock.calls]).toEqual([['0:浦东'], []]);
  });

  it('says nothing on the status line when all went well', async () => {
    await arrive(toTraditional('浦东'), `<div data-pagefind-body><p>推动浦东改革开放。</p></div>${STATUS}`);
    expect([marks(), status()]).toEqual([['0:浦东'], '']);
  });

  it(`marks only the first ${QUERY_MAX_LENGTH} characters of a longer query, and says so`, async () => {
    const longest = '浦东'.repeat(QUERY_MAX_LENGTH / 2);
    const body = `<div data-pagefind-body><p>${longest}京</p></div>${STATUS}`;
    await arrive(`${longest.slice(1)}津`, body);
    expect([marks(), status()]).toEqual([[], '']);
    await arrive(`${longest}津`, body);
    expect(marks()).toEqual([`0:${longest}`]);
    expect(status()).toBe(fill(strings.tooLong, { max: QUERY_MAX_LENGTH }));
  });

  it('on a page without an indexed body (/full/, /, /about/), marks the main text, not the page’s header', async () => {
    await arrive('浦东', '<header><a>浦东</a></header><main><h1>全文</h1><section><div data-pagefind-ignore><h2>浦东</h2></div><p>推动浦东。</p></section></main>');
    expect(marks()).toEqual(['0:浦东']);
    expect(document.querySelector('main p')?.innerHTML).toBe('推动<mark data-highlight="0">浦东</mark>。');
  });

  it('does nothing, and loads no fold table, without the parameter or without an indexed body or main text', async () => {
    const body = '<div data-pagefind-body><p>浦东</p></div>';
    await arrive(undefined, body);
    await arrive('', body);
    await arrive('浦东', '<div><p>浦东</p></div>');
    expect(marks()).toEqual([]);
    expect(folding.loadFold).not.toHaveBeenCalled();
  });

  it('does nothing when nothing matches', async () => {
    await arrive('京津冀', '<div data-pagefind-body><p>浦东</p></div>');
    expect(folding.loadFold).toHaveBeenCalledTimes(1);
    expect(marks()).toEqual([]);
    expect(scrolled).not.toHaveBeenCalled();
  });

  it('puts a query with markup on the page as text only', async () => {
    const query = '<img/src=x/onerror=alert(1)>';
    await arrive(query, `<div data-pagefind-body><p>${query.replace('<', '&lt;')}</p></div>`);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(marks()).toEqual([`0:${query}`]);
  });
});
