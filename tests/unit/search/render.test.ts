// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { installStrings, say, strings } from './strings-fixture';
import type { SearchableSection, SectionHit } from '../../../src/search/match';
import { ELLIPSIS } from '../../../src/lib/punctuation';
import { handleArrowKeys, isComposing, QUERY_SHOWN, renderHits, renderMessage, type ResultsView } from '../../../src/search/render';

installStrings();

/** A section; `labelPhrases` is optional (no boundaries: the label on one piece). */
const section = (url: string, label: string, labelPhrases?: number[]): SearchableSection => ({
  url,
  label,
  ...(labelPhrases && { labelPhrases }),
  text: '',
  order: 0,
});
const hit = (url: string, label: string, count: number, excerpt: SectionHit['excerpt'], labelPhrases?: number[]): SectionHit => ({
  section: section(url, label, labelPhrases),
  inTitle: false,
  count,
  excerpt,
});

let view: ResultsView;
beforeEach(() => {
  document.body.innerHTML = '<input id="q"><p id="status"></p><ul id="list"></ul>';
  view = { status: document.querySelector('#status') as HTMLElement, list: document.querySelector('#list') as HTMLElement };
});

describe('renderHits', () => {
  it('lists each hit as a link carrying the trimmed query, with label (in its phrases), count and marked excerpt', () => {
    renderHits(
      view,
      [
        hit(
          '/priorities/5/',
          '第五 推动浦东',
          2,
          [
            { text: '……今年', marked: false },
            { text: '浦东', marked: true },
            { text: '开发', marked: false },
          ],
          [3, 5],
        ),
        hit('/passages/han-zheng/', '韩正在讲话中表示', 0, [{ text: '浦东', marked: true }]),
      ],
      ' 浦东 ',
    );
    expect(view.list.innerHTML).toBe(
      '<li><a href="/priorities/5/?highlight=%E6%B5%A6%E4%B8%9C" class="search-result">' +
        '<span class="search-result-label"><span class="phrases">第五 <wbr>推动<wbr>浦东</span></span>' +
        '<span class="search-result-count">出现 2 次</span>' +
        '<span class="search-result-excerpt">……今年<mark>浦东</mark>开发</span></a></li>' +
        '<li><a href="/passages/han-zheng/?highlight=%E6%B5%A6%E4%B8%9C" class="search-result">' +
        '<span class="search-result-label"><span class="phrases">韩正在讲话中表示</span></span><span class="search-result-count"></span>' +
        '<span class="search-result-excerpt"><mark>浦东</mark></span></a></li>',
    );
    expect(view.status.textContent).toBe(say.found(2));
  });

  it('says when nothing is found, naming the trimmed query, and clears earlier results', () => {
    view.list.innerHTML = '<li>old</li>';
    renderHits(view, [], ' 京津冀 ');
    expect(view.list.children).toHaveLength(0);
    expect(view.status.textContent).toBe(say.notFound('京津冀'));
  });

  it(`names a query of up to ${QUERY_SHOWN} characters whole, and only the start of a longer one`, () => {
    const longest = '长三角一体化发展'.repeat(4).slice(0, QUERY_SHOWN);
    renderHits(view, [], longest);
    expect(view.status.textContent).toBe(say.notFound(longest));
    renderHits(view, [], `${longest}扎实推进`);
    expect(view.status.textContent).toBe(say.notFound(`${longest}${ELLIPSIS}`));
  });

  it('names invisible or broken characters of the query as visible escapes, never as empty quotes or U+FFFD', () => {
    renderHits(view, [], '\u200b\u200b');
    expect(view.status.textContent).toBe(say.notFound('[U+200B][U+200B]'));
    renderHits(view, [], '\ud800长三角');
    expect(view.status.textContent).toBe(say.notFound('[U+D800]长三角'));
  });

  it('shows the hint for an empty query', () => {
    renderHits(view, [], '  ');
    expect(view.status.textContent).toBe(strings.hint);
  });

  it('puts a query or text with markup on the page as text, never as HTML', () => {
    const query = '<img src=x onerror=alert(1)>';
    renderHits(view, [hit('/p/', '<b>label</b>', 1, [{ text: query, marked: true }])], query);
    expect(view.list.querySelectorAll('img, b')).toHaveLength(0);
    expect(view.list.querySelector('mark')?.textContent).toBe(query);
    renderHits(view, [], query);
    expect(view.status.querySelectorAll('img')).toHaveLength(0);
    expect(view.status.textContent).toBe(say.notFound(query));
  });
});

describe('renderMessage', () => {
  it('replaces the results with a message', () => {
    view.list.innerHTML = '<li>old</li>';
    renderMessage(view, strings.loading);
    expect(view.list.children).toHaveLength(0);
    expect(view.status.innerHTML).toBe(strings.loading);
  });

  // The message ends in "：", and no space follows it in Chinese.
  it('adds a link to the full text when given one', () => {
    renderMessage(view, strings.unavailable, '/speech/full/');
    expect(view.status.innerHTML).toBe(`${strings.unavailable}<a href="/speech/full/">${strings.fullText}</a>`);
  });
});

describe('handleArrowKeys', () => {
  let input: HTMLInputElement;
  let links: HTMLAnchorElement[];
  const press = (key: string, init: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', { key, cancelable: true, ...init });
    handleArrowKeys(event, input, view.list);
    return event.defaultPrevented;
  };

  beforeEach(() => {
    input = document.querySelector('#q') as HTMLInputElement;
    view.list.innerHTML = ['a', 'b', 'c'].map((id) => `<li><a class="search-result" href="#${id}">${id}</a></li>`).join('');
    links = [...view.list.querySelectorAll('a')];
    input.focus();
  });

  it('↓ goes from the input to the first result, then down the list, and stays on the last', () => {
    expect(press('ArrowDown')).toBe(true);
    expect(document.activeElement).toBe(links[0]);
    press('ArrowDown');
    press('ArrowDown');
    expect(document.activeElement).toBe(links[2]);
    expect(press('ArrowDown')).toBe(true);
    expect(document.activeElement).toBe(links[2]);
  });

  it('↑ goes up the list and from the first result back to the input', () => {
    links[1]?.focus();
    expect(press('ArrowUp')).toBe(true);
    expect(document.activeElement).toBe(links[0]);
    press('ArrowUp');
    expect(document.activeElement).toBe(input);
  });

  it('leaves ↑ in the input, other keys, and keys while an input method composes to the browser', () => {
    expect(press('ArrowUp')).toBe(false);
    expect(document.activeElement).toBe(input);
    expect(press('Enter')).toBe(false);
    expect(press('ArrowDown', { isComposing: true })).toBe(false);
    expect(press('ArrowDown', { keyCode: 229 })).toBe(false);
    expect(document.activeElement).toBe(input);
  });
});

describe('isComposing', () => {
  it('is true during composition, and for Safari’s committing key (keyCode 229)', () => {
    expect(isComposing(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true }))).toBe(true);
    expect(isComposing(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229 }))).toBe(true);
    expect(isComposing(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13 }))).toBe(false);
  });
});
