import { rehype } from 'rehype';
import { describe, expect, it } from 'vitest';
import rehypeConvertText from '../../../src/plugins/rehype-convert-text';

/** A stand-in conversion that shows what was converted together: 发→發, 只→隻 only after 有 (a "phrase"). */
const convert = (text: string) => text.replaceAll('发', '發').replaceAll('有只', '有隻');
const run = async (html: string) =>
  String(await rehype().data('settings', { fragment: true }).use(rehypeConvertText, { convert }).process(html));

describe('rehype-convert-text', () => {
  it('converts text, one block at a time, across inline markup', async () => {
    expect(await run('<p>发展</p>')).toBe('<p>發展</p>');
    // 有|只 split by <wbr> and <mark> still converts as the phrase 有只.
    expect(await run('<h1>又要有<wbr>只争<mark>发</mark></h1>')).toBe('<h1>又要有<wbr>隻争<mark>發</mark></h1>');
  });

  it('does not join text across blocks', async () => {
    expect(await run('<div><p>有</p><p>只</p></div>')).toBe('<div><p>有</p><p>只</p></div>');
  });

  it('converts readable attributes, not ids, URLs or classes', async () => {
    expect(await run('<a id="发" class="发" href="/发/" aria-label="发" title="发" data-meta="发">x</a>')).toBe(
      '<a id="发" class="发" href="/发/" aria-label="發" title="發" data-meta="發">x</a>',
    );
    expect(await run('<meta name="description" content="发"><img alt="发" src="发.png"><input placeholder="发">')).toBe(
      '<meta name="description" content="發"><img alt="發" src="发.png"><input placeholder="發">',
    );
  });

  it('keeps text marked as simplified Chinese or not to be translated, and code', async () => {
    expect(await run('<p>发<a lang="zh-CN">发</a><span translate="no">发</span><span lang="zh-Hans-CN">发</span></p>')).toBe(
      '<p>發<a lang="zh-CN">发</a><span translate="no">发</span><span lang="zh-Hans-CN">发</span></p>',
    );
    expect(await run('<script>let s = "发"</script><style>p::before{content:"发"}</style><pre>发</pre>')).toBe(
      '<script>let s = "发"</script><style>p::before{content:"发"}</style><pre>发</pre>',
    );
  });

  it('converts JSON data blocks, which hold text for readers', async () => {
    expect(await run('<script type="application/ld+json">{"a":"发"}</script><script type="application/json">{"b":"发"}</script>')).toBe(
      '<script type="application/ld+json">{"a":"發"}</script><script type="application/json">{"b":"發"}</script>',
    );
  });

  it('leaves text without Chinese characters as it is', async () => {
    expect(await run('<p>npm run build</p>')).toBe('<p>npm run build</p>');
  });
});
