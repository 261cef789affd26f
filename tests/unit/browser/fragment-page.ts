import {
  getFragmentDirectives,
  parseFragmentDirectives,
  processTextFragmentDirective,
} from 'text-fragments-polyfill/text-fragment-utils';

/**
 * A small page shaped like the site's (contents naming the sections, headings, passages, a
 * pager, the copy buttons) for the browser modules' unit tests (happy-dom), and the polyfill's
 * own matcher to see which text a quote link would open at.
 */
export const PAGE = `
<header><nav class="toc"><a href="#xi">习近平强调</a><a href="#p5">推动浦东高水平改革开放</a></nav></header>
<main>
  <section id="xi" class="passage" data-cite="/full/#xi" data-label="习近平强调">
    <div class="passage-head"><div class="heading"><h2 id="习近平强调">习近平强调</h2><a class="anchor" href="/full/#xi" aria-label="本节链接：习近平强调"></a></div><div class="section-tools"><details class="qr"><summary class="tool-button">二维码</summary><div class="qr-panel"><img src="/qr/full/xi.svg" alt="本节网址的二维码" loading="lazy"><p>用手机扫码打开本节</p><p class="qr-url">http://<wbr>localhost:4321/<wbr>full/<wbr>#xi</p></div></details><button type="button" class="tool-button copy-link" hidden aria-label="复制链接"></button></div></div>
    <div class="passage-body"><p>习近平强调，生态环境要共保联治，支持浦东开发开放。</p><p>要把保护修复长江生态环境摆在压倒性的突出位置，共抓大保护。</p></div>
  </section>
  <section id="p5" class="passage" data-cite="/full/#p5" data-label="第五 推动浦东高水平改革开放">
    <div class="passage-head"><div class="heading"><h2 id="第五-推动浦东高水平改革开放">第五 推动浦东高水平改革开放</h2></div><div class="section-tools"><details class="qr"><summary class="tool-button">二维码</summary><div class="qr-panel"><img src="/qr/full/p5.svg" alt="本节网址的二维码" loading="lazy"><p>用手机扫码打开本节</p><p class="qr-url">http://<wbr>localhost:4321/<wbr>full/<wbr>#p5</p></div></details><button type="button" class="tool-button copy-link" hidden aria-label="复制链接"></button></div></div>
    <div class="passage-body"><p>今年是上海浦东开发开放30周年，生态环境共保联治。</p></div>
  </section>
</main>
<nav class="pager"><a rel="next" href="#p5">第五 推动浦东高水平改革开放</a></nav>
<footer><div class="printed-url"><img src="/qr/full.svg" alt="本页网址的二维码" loading="lazy"><p>本页网址：<span data-printed-url>http://localhost:4321/full/</span></p></div></footer>
<p class="visually-hidden" role="status" data-copy-status data-copied="已复制" data-failed="复制失败" data-by-hand="复制失败：请手动复制。"></p>
<textarea class="copy-fallback" readonly hidden rows="3" aria-label="要手动复制的内容"></textarea>
<div class="quote-tools" hidden data-title="座谈会给出“指南”">
  <button type="button" class="tool-button" data-copy="link" aria-label="复制引用链接"></button>
  <button type="button" class="tool-button" data-copy="quote" aria-label="复制引用"></button>
</div>`;

export function showPage(): void {
  document.body.innerHTML = PAGE;
}

/** The `index`-th paragraph of the page's passages. */
export function paragraph(index: number): HTMLParagraphElement {
  const p = document.querySelectorAll<HTMLParagraphElement>('.passage-body p')[index];
  if (!p) throw new Error(`no paragraph ${index}`);
  return p;
}

/** The range of the `occurrence`-th `text` in the `index`-th paragraph. */
export function rangeOf(index: number, text: string, occurrence = 0): Range {
  const node = paragraph(index).firstChild;
  const content = node?.textContent ?? '';
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) at = content.indexOf(text, at + 1);
  if (!node || at < 0) throw new Error(`"${text}" (${occurrence}) not in paragraph ${index}`);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + text.length);
  return range;
}

/** What the link's text directive matches on the page, as [paragraph index or -1, text] per match. */
export function matches(link: string): [number, string][] {
  const [fragment] = parseFragmentDirectives(getFragmentDirectives(new URL(link).hash)).text ?? [];
  if (!fragment) throw new Error(`${link} has no text directive`);
  const paragraphs = [...document.querySelectorAll('.passage-body p')];
  return processTextFragmentDirective(fragment).map((range) => {
    const holder = range.startContainer.parentElement?.closest('p');
    return [holder ? paragraphs.indexOf(holder) : -1, range.toString()];
  });
}
