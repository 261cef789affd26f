import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config';
import Heading from '../../src/components/Heading.astro';
import { headingPlugins } from '../../src/plugins/heading';

/**
 * Headings written by the component must be the headings Markdown gets from rehype-slug and
 * rehype-autolink-headings (astro.config.ts): both are rendered here, by Astro itself, and compared.
 */
const container = await AstroContainer.create();
const processor = config.markdown?.processor;
if (!processor || !isUnifiedProcessor(processor)) throw new Error('astro.config.ts: markdown.processor is not unified()');
const markdown = await processor.createRenderer({});

/** Serialise again after parsing, so attribute order and quoting do not count. */
const canonical = (html: string) => toHtml(fromHtml(html.trim(), { fragment: true }));
const component = async (props: Record<string, unknown>, slots?: Record<string, string>) =>
  canonical(await container.renderToString(Heading, { props, ...(slots ? { slots } : {}) }));

describe('Heading.astro', () => {
  it('astro.config.ts gives Markdown the heading plugins', () => {
    expect(processor.options.rehypePlugins).toEqual(headingPlugins);
    expect(processor.options).toMatchObject({ gfm: false, smartypants: false });
  });

  it.each([
    [1, '关于本文'],
    [2, '第五 推动浦东高水平改革开放'],
    [3, '习近平强调'],
  ] as const)('h%i "%s": the same markup as the Markdown heading', async (rank, text) => {
    const { code } = await markdown.render(`${'#'.repeat(rank)} ${text}\n`);
    expect(await component({ rank, text })).toBe(canonical(code));
  });

  it('the markup: id from the text, the text in phrases, a labelled link after the heading (its "#" drawn by CSS), both in div.heading', async () => {
    expect(await component({ rank: 2, text: '第五 推动浦东高水平改革开放' })).toBe(
      '<div class="heading heading-h2"><h2 id="第五-推动浦东高水平改革开放"><span class="phrases">第五 推动<wbr>浦东<wbr>高水平<wbr>改革<wbr>开放</span></h2>' +
        '<a class="anchor" aria-label="本节链接：第五 推动浦东高水平改革开放" href="#第五-推动浦东高水平改革开放"></a></div>',
    );
  });

  it('takes rich content from its slot, an id and a link target of its own', async () => {
    const html = await component(
      { rank: 1, text: '第五 推动浦东高水平改革开放', href: '/priorities/5/' },
      { default: '<span class="number">第五</span> 推动浦东高水平改革开放' },
    );
    expect(html).toBe(
      '<div class="heading heading-h1"><h1 id="第五-推动浦东高水平改革开放"><span class="number">第五</span> 推动浦东高水平改革开放</h1>' +
        '<a class="anchor" aria-label="本节链接：第五 推动浦东高水平改革开放" href="/priorities/5/"></a></div>',
    );
    expect(await component({ rank: 2, text: '甲', id: 'a' })).toContain(
      '<h2 id="a"><span class="phrases">甲</span></h2><a class="anchor" aria-label="本节链接：甲" href="#a">',
    );
  });
});
