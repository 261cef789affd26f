// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clipboardData, formatQuote, quotedParagraphs } from '../../../src/browser/quote';
import { paragraph, rangeOf, showPage } from './fragment-page';

beforeEach(showPage);

/** A range from the start of `from` to the end of `to`. */
function spanning(from: Range, to: Range): Range {
  const range = from.cloneRange();
  range.setEnd(to.endContainer, to.endOffset);
  return range;
}

describe('quotedParagraphs', () => {
  it('a selection inside one paragraph', () => {
    expect(quotedParagraphs(rangeOf(0, '生态环境要共保联治'))).toEqual(['生态环境要共保联治']);
  });

  it('a paragraph with markup inside', () => {
    paragraph(0).innerHTML = '习近平<em>强调</em>，生态环境';
    const range = document.createRange();
    range.setStart(paragraph(0).firstChild as Node, 2);
    range.setEnd(paragraph(0).lastChild as Node, 3);
    expect(quotedParagraphs(range)).toEqual(['平强调，生态']);
  });

  it('a selection across paragraphs: the selected part of each, in order', () => {
    const range = spanning(rangeOf(0, '支持浦东'), rangeOf(2, '今年是'));
    expect(quotedParagraphs(range)).toEqual(['支持浦东开发开放。', paragraph(1).textContent, '今年是']);
  });

  it('leaves out a paragraph the selection only touches, and white space at the edges', () => {
    paragraph(1).textContent = `  ${paragraph(1).textContent}\n`;
    const range = rangeOf(0, '支持浦东开发开放。');
    range.setEnd(paragraph(1).firstChild as Node, 1);
    expect(quotedParagraphs(range)).toEqual(['支持浦东开发开放。']);
    range.setEnd(paragraph(2), 0);
    expect(quotedParagraphs(range)).toEqual(['支持浦东开发开放。', paragraph(1).textContent?.trim()]);
  });
});

describe('formatQuote', () => {
  const source = { url: 'https://x.org/priorities/5/', label: '第五 推动浦东高水平改革开放', title: '座谈会给出“指南”' };
  const link = 'https://x.org/priorities/5/#:~:text=a';

  it('plain text: the quote in quotation marks, ——section，《speech》, the link on its own line', () => {
    expect(formatQuote(['今年是浦东开发开放30周年。'], source, link)['text/plain']).toBe(
      `“今年是浦东开发开放30周年。”——第五 推动浦东高水平改革开放，《座谈会给出“指南”》\n${link}`,
    );
    expect(formatQuote(['甲。', '乙。'], source, link)['text/plain'].split('\n')).toEqual([
      '“甲。',
      '乙。”——第五 推动浦东高水平改革开放，《座谈会给出“指南”》',
      link,
    ]);
  });

  it('HTML: a blockquote of paragraphs citing the link, then the source with the section linked', () => {
    expect(formatQuote(['甲。', '乙。'], source, link)['text/html']).toBe(
      `<blockquote cite="${link}"><p>甲。</p><p>乙。</p></blockquote>` +
        `<p>——<a href="${link}">第五 推动浦东高水平改革开放</a>，《<cite>座谈会给出“指南”</cite>》</p>`,
    );
  });

  it('HTML: escapes what would be markup', () => {
    const html = formatQuote(['a<b>&"c"'], { ...source, label: '<i>', title: '&amp;' }, 'https://x.org/?a="1"&b=<2>')['text/html'];
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    expect(parsed.querySelector('blockquote p')?.textContent).toBe('a<b>&"c"');
    expect(parsed.querySelector('blockquote')?.getAttribute('cite')).toBe('https://x.org/?a="1"&b=<2>');
    expect(parsed.querySelector('a')?.getAttribute('href')).toBe('https://x.org/?a="1"&b=<2>');
    expect(parsed.querySelector('a')?.textContent).toBe('<i>');
    expect(parsed.querySelector('cite')?.textContent).toBe('&amp;');
    expect(parsed.querySelectorAll('i, b')).toHaveLength(0);
  });
});

describe('clipboardData', () => {
  const source = { url: 'https://x.org/full/#xi', label: '习近平强调', title: '座谈会' };
  beforeEach(() => {
    Object.defineProperty(document, 'fragmentDirective', { value: {}, configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(document, 'fragmentDirective');
  });

  it('复制引用链接: the quote link alone, as plain text', () => {
    const data = clipboardData('link', rangeOf(1, '要把保护修复长江生态环境摆在压倒性的突出位置'), source);
    expect(Object.keys(data)).toEqual(['text/plain']);
    expect(data['text/plain']).toMatch(/^https:\/\/x\.org\/full\/#xi:~:text=\S+$/);
  });

  it('复制引用: the quote with its source and the same link, as plain text and HTML', () => {
    const range = rangeOf(1, '要把保护修复长江生态环境摆在压倒性的突出位置');
    const link = clipboardData('link', range, source)['text/plain'] ?? '';
    expect(clipboardData('quote', range, source)).toEqual(formatQuote(['要把保护修复长江生态环境摆在压倒性的突出位置'], source, link));
  });

  it('without text fragments, the section URL', () => {
    Reflect.deleteProperty(document, 'fragmentDirective');
    expect(clipboardData('link', rangeOf(0, '习近平强调'), source)).toEqual({ 'text/plain': source.url });
  });
});
