import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import rehypePhrases from '../../../src/plugins/phrases';

const run = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  rehypePhrases()(tree);
  return toHtml(tree);
};

describe('rehypePhrases', () => {
  it('puts a plain-text heading in span.phrases with a <wbr> between phrases', () => {
    expect(run('<h2>参加座谈会</h2>')).toBe('<h2><span class="phrases">参加<wbr>座谈会</span></h2>');
  });

  it('leaves paragraphs and headings with markup inside alone', () => {
    expect(run('<p>参加座谈会</p>')).toBe('<p>参加座谈会</p>');
    expect(run('<h2>参加<em>座谈会</em></h2>')).toBe('<h2>参加<em>座谈会</em></h2>');
  });
});
