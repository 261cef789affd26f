import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findRanges, searchSections } from '../../../src/search/match';
import { normaliseText, normaliseWithMap, parseQuery } from '../../../src/search/normalise';
import { fill } from '../../../src/search/strings';
import { fold as siteFold, serveFold, siteFetch } from './fold-fixture';

/** A fold table as the build writes it (src/lib/chinese-script.ts): traditional → simplified. */
const fold = { 長: '长', 發: '发', 爲: '为', 為: '为' };

describe('normalising with a fold table', () => {
  it('reads traditional characters as the simplified ones, in text and queries', () => {
    expect(normaliseText('長三角一體化發展', fold)).toBe('长三角一體化发展');
    expect(parseQuery('長三角 發展', fold)).toEqual(['长三角', '发展']);
    expect(parseQuery('爲 为', fold)).toEqual(['为']);
  });

  it('keeps every folded character mapped to its place in the source', () => {
    const { text, from, to } = normaliseWithMap('Ａ長', undefined, fold);
    expect(text).toBe('a长');
    expect([from, to]).toEqual([[0, 1], [1, 2]]);
  });

  it('changes nothing without a table', () => {
    expect(normaliseText('長三角')).toBe('長三角');
    expect(parseQuery('長三角')).toEqual(['長三角']);
  });
});

describe('matching across scripts', () => {
  const sections = [{ url: '/zh-hant/priorities/6/', label: '第六', text: '長三角發展。', order: 6 }];

  it('finds a section written in the other script and marks its own characters', () => {
    expect(findRanges('長三角發展。', ['长三角'], fold)).toEqual([[0, 3]]);
    const [hit] = searchSections(sections, '长三角', fold);
    expect(hit?.excerpt.filter((s) => s.marked).map((s) => s.text)).toEqual(['長三角']);
    expect(searchSections(sections, '长三角')).toEqual([]);
  });
});

describe('fill', () => {
  it('puts values into a template and leaves unknown placeholders', () => {
    expect(fill('找到 {count} 个段落', { count: 3 })).toBe('找到 3 个段落');
    expect(fill('未找到“{query}”', { query: '{count}' })).toBe('未找到“{count}”');
    expect(fill('{a}{b}', { a: 1 })).toBe('1{b}');
  });
});

describe('loadFold', () => {
  /** A fresh module: the table is loaded once per page. */
  const foldModule = () => {
    vi.resetModules();
    return import('../../../src/search/fold');
  };
  beforeEach(() => serveFold('/speech/'));

  it('fetches <base>search/fold.json once, and every caller gets the same table', async () => {
    const { loadFold } = await foldModule();
    const first = loadFold('/speech/');
    expect(loadFold('/speech/')).toBe(first);
    expect(await first).toEqual(siteFold);
    expect(await loadFold('/speech/')).toBe(await first);
    expect(siteFetch.mock.calls).toEqual([['/speech/search/fold.json']]);
  });

  it('takes the site’s base by default', async () => {
    serveFold('/');
    const { loadFold } = await foldModule();
    expect(await loadFold()).toEqual(siteFold);
    expect(siteFetch.mock.calls).toEqual([['/search/fold.json']]);
  });

  it('fails naming the address and the HTTP status, and tries again on the next call', async () => {
    const { loadFold } = await foldModule();
    await expect(loadFold('/elsewhere/')).rejects.toThrow(new Error('/elsewhere/search/fold.json: HTTP 404'));
    expect(await loadFold('/speech/')).toEqual(siteFold);
  });

  it('refuses a file that is not a table of characters', async () => {
    const { loadFold } = await foldModule();
    for (const body of ['["長"]', '[]', '{"長": "长", "發": 1}', 'null', '"長"']) {
      siteFetch.mockResolvedValueOnce(new Response(body));
      await expect(loadFold('/speech/'), body).rejects.toThrow(new Error('search/fold.json: not a table of characters'));
    }
    siteFetch.mockResolvedValueOnce(new Response('{"長"'));
    await expect(loadFold('/speech/')).rejects.toThrow(SyntaxError);
    expect(await loadFold('/speech/')).toEqual(siteFold);
  });

  it('when fresh, asks again though the first request is still pending', async () => {
    const { loadFold } = await foldModule();
    siteFetch.mockImplementationOnce(() => new Promise(() => {}));
    const stalled = loadFold('/speech/');
    const fresh = loadFold('/speech/', true);
    expect(fresh).not.toBe(stalled);
    expect(await fresh).toEqual(siteFold);
    expect(siteFetch).toHaveBeenCalledTimes(2);
  });

  it('passes a failed request on as it is, and tries again on the next call', async () => {
    const { loadFold } = await foldModule();
    const offline = new TypeError('Failed to fetch');
    siteFetch.mockRejectedValueOnce(offline);
    await expect(loadFold('/speech/')).rejects.toBe(offline);
    expect(await loadFold('/speech/')).toEqual(siteFold);
    expect(siteFetch).toHaveBeenCalledTimes(2);
  });
});
