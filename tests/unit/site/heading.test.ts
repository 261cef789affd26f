import { h } from 'hastscript';
import { rehype } from 'rehype';
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config';
import { autolinkOptions, headingPlugins, renderHeading } from '../../../src/plugins/heading';

describe('renderHeading', () => {
  const html = renderHeading(h('h2', [h('span', { className: ['number'] }, '第五'), ' 推动浦东高水平改革开放']));

  it('gives the heading its rehype-slug id', () => {
    expect(html).toContain('<h2 id="第五-推动浦东高水平改革开放">');
  });

  it('adds an anchor link after it, labelled in Chinese, both in div.heading', () => {
    expect(html).toBe(
      '<div class="heading heading-h2"><h2 id="第五-推动浦东高水平改革开放"><span class="number">第五</span> 推动浦东高水平改革开放</h2>' +
        '<a class="anchor" aria-label="本节链接：第五 推动浦东高水平改革开放" href="#第五-推动浦东高水平改革开放"><span aria-hidden="true">#</span></a></div>',
    );
  });

  it('renders exactly what the Markdown pipeline renders for the same heading', async () => {
    const markdownPipeline = rehype()
      .data('settings', { fragment: true })
      .use(headingPlugins[0])
      .use(...headingPlugins[1]);
    const fromPipeline = String(await markdownPipeline.process('<h3>习近平强调</h3>'));
    expect(renderHeading(h('h3', '习近平强调'))).toBe(fromPipeline);
  });

  it('does not change the element it is given', () => {
    const heading = h('h1', '关于本文');
    renderHeading(heading);
    expect(heading.properties).toEqual({});
    expect(heading.children).toHaveLength(1);
  });
});

describe('astro.config.ts', () => {
  it('runs the same heading plugins, with the same options object, over Markdown', () => {
    expect(config.markdown?.rehypePlugins).toBe(headingPlugins);
    expect(headingPlugins[1][1]).toBe(autolinkOptions);
  });
});
