// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** highlight.ts marks what the reader searched for when it loads (?highlight=…): each test imports it afresh. */
async function arrive(query: string | undefined, body: string) {
  history.replaceState(null, '', query === undefined ? '/priorities/5/' : `/priorities/5/?highlight=${encodeURIComponent(query)}`);
  document.body.innerHTML = body;
  vi.resetModules();
  return import('../../../src/search/highlight');
}

const marks = () =>
  [...document.querySelectorAll<HTMLElement>('mark')].map((mark) => `${mark.dataset['highlight']}:${mark.textContent}`);
const scrolled = vi.fn();

beforeEach(() => {
  scrolled.mockClear();
  Element.prototype.scrollIntoView = scrolled;
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

  it('does nothing without the parameter, without an indexed body, or when nothing matches', async () => {
    const body = '<div data-pagefind-body><p>浦东</p></div>';
    await arrive(undefined, body);
    await arrive('浦东', '<div><p>浦东</p></div>');
    await arrive('京津冀', body);
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
