// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { toTraditional } from '../../../src/lib/traditional-script';
import type { SectionHit } from '../../../src/search/match';
import type { ResultsView } from '../../../src/search/render';
import { failOnce, serveFold, siteFetch } from './fold-fixture';
import { PINYIN_PATH } from '../../../src/search/sound';
import { installStrings, say, strings } from './strings-fixture';
import { fill } from '../../../src/search/strings';
import { QUERY_MAX_LENGTH } from '../../../src/search/section';

installStrings();

const pagefind = await vi.hoisted(() => import('./pagefind-bundle'));
vi.mock('/pagefind/pagefind.js', () => pagefind);

let input: HTMLInputElement;
let view: ResultsView;
const items = () =>
  [...view.list.querySelectorAll('a.search-result')].map((link) => ({
    label: link.querySelector('.search-result-label')?.textContent,
    tag: link.querySelector('.search-result-tag')?.textContent ?? null,
    marks: [...link.querySelectorAll('mark')].map((mark) => mark.textContent),
    highlight: new URL((link as HTMLAnchorElement).href, 'https://x.test').searchParams.get('highlight'),
  }));
const requested = () => siteFetch.mock.calls.map(([url]) => url);

async function bind() {
  vi.resetModules();
  const { bindSearch } = await import('../../../src/search/controller');
  return bindSearch(input, view);
}
const type = (value: string) => {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
};
/** Types `value` once the sections have loaded, and waits for the status line to say `status`. */
async function search(value: string, status: string) {
  type(value);
  await vi.waitFor(() => expect(view.status.textContent).toBe(status));
}

beforeEach(() => {
  document.body.innerHTML = '<input type="search"><p role="status"></p><ul></ul>';
  input = document.querySelector('input') as HTMLInputElement;
  view = { status: document.querySelector('p') as HTMLElement, list: document.querySelector('ul') as HTMLElement };
  serveFold('/', { sound: true });
});

const P5 = '第五 推动浦东高水平改革开放';
const HAN = '韩正在讲话中表示';
const pinyinFound = (query: string, count: number) => fill(strings.foundPinyin, { query, count });

describe('a query in Latin letters', () => {
  it('says it is searching by sound while the pinyin data loads, then lists what reads so, labelled and marked', async () => {
    await bind();
    await search('先行先试', say.found(1));
    type('pudong');
    expect(view.status.textContent).toBe(strings.searchingSound);
    await vi.waitFor(() => expect(view.status.textContent).toBe(pinyinFound('pudong', 2)));
    expect(items()).toEqual([
      { label: P5, tag: strings.pinyinTag, marks: ['浦东', '浦东'], highlight: '浦东' },
      { label: HAN, tag: strings.pinyinTag, marks: ['浦东'], highlight: '浦东' },
    ]);
    expect(requested()).toEqual(['/search/fold.json', '/search/pinyin.json']);
  });

  it('once loaded, answers at once as the reader types, each link carrying the text it matched', async () => {
    await bind();
    await search('pudong', pinyinFound('pudong', 2));
    type('xiānxíng');
    expect(view.status.textContent).toBe(pinyinFound('xiānxíng', 2));
    expect(items().map((item) => [item.label, item.highlight])).toEqual([
      [P5, '先行'],
      [HAN, '先行'],
    ]);
    type('gaigekaifang');
    expect(view.status.textContent).toBe(pinyinFound('gaigekaifang', 1));
    type('GGKF');
    expect(items().map((item) => item.marks)).toEqual([['改革开放']]);
    type('xxxs');
    expect(items().map((item) => [item.label, item.highlight])).toEqual([[P5, '先行先试']]);
    expect(requested()).toEqual(['/search/fold.json', '/search/pinyin.json']);
  });

  it('says plainly when nothing reads so: no match, a single letter, a syllable cut short', async () => {
    await bind();
    for (const query of ['beijing', 'p', 'pudon', "pud'ong", 'pǔdòng', 'x'.repeat(2000)]) {
      // A query past what the input takes is also said to be cut (the field's maxlength stops typing there).
      const cut = query.length >= QUERY_MAX_LENGTH ? fill(strings.tooLong, { max: QUERY_MAX_LENGTH }) : '';
      await search(query, say.notFound(query.length > 30 ? `${'x'.repeat(30)}……` : query) + cut);
      expect(view.list.children).toHaveLength(0);
    }
  });

  it('if the pinyin data cannot load, the literal answer stands, and the next query tries again', async () => {
    failOnce(PINYIN_PATH);
    await bind();
    await search('pudong', say.notFound('pudong'));
    await search('pu dong', pinyinFound('pu dong', 2));
    expect(requested().filter((url) => url.endsWith('pinyin.json'))).toHaveLength(2);
  });

  it('loads each file once: a homophone query after a pinyin one fetches only the readings', async () => {
    await bind();
    await search('pudong', pinyinFound('pudong', 2));
    await search('普东', fill(strings.foundHomophones, { query: '普东', words: '“浦东”', count: 2 }));
    expect(requested()).toEqual(['/search/fold.json', '/search/pinyin.json', '/search/readings.json']);
  });

  it('with literal hits, says what it found while search by sound loads', async () => {
    vi.resetModules();
    const { showResults } = await import('../../../src/search/show');
    const sections = [{ url: '/a/', label: 'A', text: 'G60 浦东', order: 0 }];
    const rerun = vi.fn();
    showResults(view, { sections, fold: {} }, 'g60', rerun);
    expect(view.status.textContent).toBe(say.found(1));
    await vi.waitFor(() => expect(rerun).toHaveBeenCalledOnce());
    expect(requested()).toEqual(['/search/pinyin.json']);
  });

  it('a failure that arrives late never replaces newer results', async () => {
    let fail: () => void = () => {};
    await bind();
    await search('先行', say.found(2));
    siteFetch.mockImplementationOnce(() => new Promise((_, reject) => (fail = () => reject(new Error('offline')))));
    type('pudong');
    expect(view.status.textContent).toBe(strings.searchingSound);
    await vi.waitFor(() => expect(requested()).toContain('/search/pinyin.json'));
    type('先行先试');
    expect(view.status.textContent).toBe(say.found(1));
    fail();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(view.status.textContent).toBe(say.found(1));
  });
});

describe('a Chinese query with no literal match', () => {
  const homophones = (query: string, words: string, count: number) => fill(strings.foundHomophones, { query, words, count });

  it('offers the text that reads the same, said as such, in both scripts', async () => {
    await bind();
    await search('普东', homophones('普东', '“浦东”', 2));
    expect(items().map(({ tag, highlight }) => [tag, highlight])).toEqual([
      [strings.homophoneTag, '浦东'],
      [strings.homophoneTag, '浦东'],
    ]);
    expect(requested()).toEqual(['/search/fold.json', '/search/pinyin.json', '/search/readings.json']);
    const traditional = toTraditional('普东先型');
    expect(traditional).not.toBe('普东先型');
    await search(traditional, homophones(traditional, '“浦东先行”', 1));
    expect(items().map(({ label, marks }) => [label, marks])).toEqual([[P5, ['浦东先行']]]);
    await search('普东 先型', homophones('普东 先型', '“浦东”、“先行”', 2));
    expect(items().map(({ label, highlight }) => [label, highlight])).toEqual([
      [P5, '浦东 先行'],
      [HAN, '浦东 先行'],
    ]);
  });

  it('never mixes homophones with literal results: a query found literally loads nothing more', async () => {
    await bind();
    await search('浦东', say.found(2));
    expect(items().every((item) => item.tag === null)).toBe(true);
    expect(requested()).toEqual(['/search/fold.json']);
  });

  it('says not found for one character, mixed Latin and Chinese, or what reads like nothing here', async () => {
    await bind();
    for (const query of ['普', '浦东gaige', '北京', '浦东 北京']) await search(query, say.notFound(query));
  });
});

describe('soundStatus and renderWithSound', () => {
  it('put literal hits first and tell how many more were found by pinyin', async () => {
    const { renderWithSound, soundStatus } = await import('../../../src/search/sound');
    const section = (url: string, order: number) => ({ url, label: url, text: '浦东', order });
    const hit = (url: string, order: number): SectionHit => ({ section: section(url, order), inTitle: false, count: 1, excerpt: [{ text: '浦东', marked: true }] });
    const literal = [hit('/a/', 0)];
    const sound = { kind: 'pinyin' as const, hits: [{ ...hit('/b/', 1), matched: ['浦东'] }] };
    expect(soundStatus(sound, 1, 'g60')).toBe(fill(strings.foundAlsoPinyin, { count: 1, pinyinCount: 1 }));
    renderWithSound(view, literal, sound, 'g60');
    expect(view.status.textContent).toBe(fill(strings.foundAlsoPinyin, { count: 1, pinyinCount: 1 }));
    expect(items().map(({ label, tag, highlight }) => [label, tag, highlight])).toEqual([
      ['/a/', null, 'g60'],
      ['/b/', strings.pinyinTag, '浦东'],
    ]);
    renderWithSound(view, literal, { kind: 'pinyin', hits: [] }, 'g60');
    expect(view.status.textContent).toBe(say.found(1));
    expect(items()).toHaveLength(1);
  });

  it('lists whole homophones while they fit in 30 characters, and trims the query', async () => {
    const { soundStatus } = await import('../../../src/search/sound');
    const status = (matched: string[]) =>
      soundStatus({ kind: 'homophone', hits: [{ section: { url: '/a/', label: '', text: '', order: 0 }, inTitle: false, count: 1, excerpt: [], matched }] }, 0, ' 长三脚 ');
    const ten = '一二三四五六七八九十';
    // “ten”、“fifteen” is 12 + 1 + 17 = 30 characters: it fits; one more character does not.
    expect(status([ten, '甲'.repeat(15)])).toBe(fill(strings.foundHomophones, { query: '长三脚', words: `“${ten}”、“${'甲'.repeat(15)}”`, count: 1 }));
    expect(status([ten, '甲'.repeat(16)])).toBe(fill(strings.foundHomophones, { query: '长三脚', words: `“${ten}”……`, count: 1 }));
  });

  it('cuts a long query and a long list of homophones', async () => {
    const { soundStatus } = await import('../../../src/search/sound');
    const matched = ['一二三四五六七八九十', '甲乙丙丁戊己庚辛壬癸', '子丑寅卯辰巳午未申酉'];
    const sound = { kind: 'homophone' as const, hits: [{ section: { url: '/a/', label: '', text: '', order: 0 }, inTitle: false, count: 3, excerpt: [], matched }] };
    const status = soundStatus(sound, 0, '长'.repeat(40));
    expect(status).toBe(
      fill(strings.foundHomophones, { query: `${'长'.repeat(30)}……`, words: '“一二三四五六七八九十”、“甲乙丙丁戊己庚辛壬癸”……', count: 1 }),
    );
  });
});
