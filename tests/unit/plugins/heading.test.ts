import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { phrases } from '../../../src/lib/phrases';
import { headingPlugins } from '../../../src/plugins/heading';

/**
 * The heading plugins on tiny trees: what Markdown headings become (the component that writes
 * the same markup directly is compared with Astro's own Markdown in tests/components/).
 */
async function run(...children: ReturnType<typeof h>[]): Promise<string> {
  const tree = await unified().use(headingPlugins).run(h(null, children));
  return toHtml(tree as Parameters<typeof toHtml>[0]);
}

/** A plain-text heading's content in phrases (src/plugins/phrases.ts, tested on its own). */
const phrased = (text: string) => `<span class="phrases">${phrases(text).join('<wbr>')}</span>`;

describe('headingPlugins', () => {
  // The link holds no text: its "#" is drawn by CSS (.anchor::before), so it is no text of the page.
  it('gives a heading its slug as id and an empty labelled link after it, both in div.heading', async () => {
    expect(await run(h('h2', '第五 推动浦东高水平改革开放'))).toBe(
      `<div class="heading heading-h2"><h2 id="第五-推动浦东高水平改革开放">${phrased('第五 推动浦东高水平改革开放')}</h2>` +
        '<a class="anchor" aria-label="本节链接：第五 推动浦东高水平改革开放" href="#第五-推动浦东高水平改革开放"></a></div>',
    );
  });

  it('names the link after the heading’s text, markup left out, for each rank', async () => {
    expect(await run(h('h3', ['习近平', h('em', '强调')]))).toBe(
      '<div class="heading heading-h3"><h3 id="习近平强调">习近平<em>强调</em></h3>' +
        '<a class="anchor" aria-label="本节链接：习近平强调" href="#习近平强调"></a></div>',
    );
  });

  it('makes ids unique on a page and leaves other elements alone', async () => {
    const html = await run(h('h1', '甲'), h('p', '甲'), h('h2', '甲'));
    expect(html).toContain('<h1 id="甲">');
    expect(html).toContain('<p>甲</p>');
    expect(html).toContain('<h2 id="甲-1">');
  });
});
