import { describe, expect, it } from 'vitest';
import { takeTitle } from '../../../scripts/import/title';
import { paragraphs } from './synthetic';

describe('takeTitle (rule 2)', () => {
  it('takes the first paragraph as the headline', () => {
    const { title, body } = takeTitle(paragraphs('座谈会 给出“指南”', '正文。'));
    expect(title).toBe('座谈会 给出“指南”');
    expect(body).toEqual([{ line: 3, text: '正文。' }]);
  });

  it.each([
    ['ends a sentence', ['正文开始了。', '更多。'], /no title: the first paragraph ends a sentence/],
    ['ends a sentence before a closing quote', ['他说“好。”', '更多。'], /no title: the first paragraph ends a sentence/],
    ['opens a numbered priority', ['第二，加大力度', '更多。'], /no title: the first paragraph opens a numbered priority/],
  ])('rejects a first paragraph that %s', (_, texts, message) => {
    expect(() => takeTitle(paragraphs(...texts))).toThrow(message);
    expect(() => takeTitle(paragraphs(...texts))).toThrow(expect.objectContaining({ line: 1 }));
  });

  it('rejects an empty source', () => {
    expect(() => takeTitle([])).toThrow(/no title: the source is empty/);
  });
});
