// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeTerm, quoteLink, textDirective, withTextDirective } from '../../../src/browser/text-fragment';
import { matches, rangeOf, showPage } from './fragment-page';

describe('encodeTerm', () => {
  it('percent-encodes like encodeURIComponent plus the reserved "-" "," "&"', () => {
    expect(encodeTerm('a-b,c&d 浦东')).toBe('a%2Db%2Cc%26d%20%E6%B5%A6%E4%B8%9C');
  });
});

describe('textDirective', () => {
  it('a start alone', () => {
    expect(textDirective({ textStart: '浦东' })).toBe(encodeTerm('浦东'));
  });

  it('prefix-,start,end,-suffix, each part encoded, in that order', () => {
    expect(textDirective({ prefix: '前-', textStart: '起,', textEnd: '止&', suffix: '后 ' })).toBe(
      `${encodeTerm('前-')}-,${encodeTerm('起,')},${encodeTerm('止&')},-${encodeTerm('后 ')}`,
    );
  });

  it('each optional part only where it is given and not empty', () => {
    expect(textDirective({ prefix: '前', textStart: '起' })).toBe(`${encodeTerm('前')}-,${encodeTerm('起')}`);
    expect(textDirective({ textStart: '起', textEnd: '止' })).toBe(`${encodeTerm('起')},${encodeTerm('止')}`);
    expect(textDirective({ textStart: '起', suffix: '后' })).toBe(`${encodeTerm('起')},-${encodeTerm('后')}`);
    expect(textDirective({ prefix: '', textStart: '起', textEnd: '', suffix: '' })).toBe(encodeTerm('起'));
  });
});

describe('withTextDirective', () => {
  it('appends to a page URL and after an existing fragment', () => {
    expect(withTextDirective('https://x.org/speech/priorities/5/', 'a')).toBe('https://x.org/speech/priorities/5/#:~:text=a');
    expect(withTextDirective('https://x.org/speech/full/#priority-5', 'a')).toBe('https://x.org/speech/full/#priority-5:~:text=a');
  });
});

describe('quoteLink', () => {
  const url = 'https://x.org/full/#xi';
  beforeEach(() => {
    showPage();
    // happy-dom has no text fragments; the browsers the site targets do.
    Object.defineProperty(document, 'fragmentDirective', { value: {}, configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(document, 'fragmentDirective');
  });

  it('links a long quote by its words alone when they occur nowhere else', () => {
    // The generator adds context to quotes under 20 characters.
    const quote = '要把保护修复长江生态环境摆在压倒性的突出位置';
    expect(quote.length).toBeGreaterThanOrEqual(20);
    const link = quoteLink(url, rangeOf(1, quote));
    expect(link).toBe(`${url}:~:text=${encodeTerm(quote)}`);
    expect(matches(link)).toEqual([[1, quote]]);
  });

  it('the first words of a passage, also a heading and a contents entry, open at the passage', () => {
    const link = quoteLink(url, rangeOf(0, '习近平强调'));
    expect(link.startsWith(`${url}:~:text=`)).toBe(true);
    expect(matches(link)).toEqual([[0, '习近平强调']]);
  });

  it('words that also occur earlier and later open at the selected occurrence', () => {
    for (const [index, occurrence] of [
      [0, 0],
      [1, 0],
      [2, 0],
    ] as const) {
      expect(matches(quoteLink(url, rangeOf(index, '生态环境', occurrence)))).toEqual([[index, '生态环境']]);
    }
  });

  it('widens a selection inside a word to the whole words, leaving the selection as it was', () => {
    // "东开" starts inside 浦东 and ends inside 开发.
    const range = rangeOf(2, '东开');
    const link = quoteLink('https://x.org/full/#p5', range);
    expect(range.toString()).toBe('东开');
    const [[index, text] = [-1, ''], ...more] = matches(link);
    expect(more).toEqual([]);
    expect(index).toBe(2);
    expect(text).toContain('浦东开发');
  });

  it('links a selection across paragraphs by its start and end', () => {
    const range = rangeOf(0, '支持浦东开发开放。');
    range.setEnd(rangeOf(1, '要把保护').endContainer, rangeOf(1, '要把保护').endOffset);
    const link = quoteLink(url, range);
    const [[index, text] = [-1, ''], ...more] = matches(link);
    expect(more).toEqual([]);
    expect(index).toBe(0);
    expect(text.replace(/\s/g, '')).toBe('支持浦东开发开放。要把保护');
  });

  it('gives the section URL for what no text fragment can select', () => {
    expect(quoteLink(url, rangeOf(0, '，'))).toBe(url);
  });

  it('gives the section URL where the browser has no text fragments', () => {
    Reflect.deleteProperty(document, 'fragmentDirective');
    expect(quoteLink(url, rangeOf(1, '要把保护修复长江生态环境摆在压倒性的突出位置'))).toBe(url);
  });
});
