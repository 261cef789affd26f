// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://x.org/speech/full/" }
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { quoteLink } from '../../../src/browser/text-fragment';
import { paragraph, rangeOf, showPage } from './fragment-page';

/** The inline enhancement on a page like the site's (one page per file: the script runs once). */
beforeAll(async () => {
  showPage();
  Object.defineProperty(document, 'fragmentDirective', { value: {}, configurable: true });
  await import('../../../src/browser/enhance');
});

const tools = () => document.querySelector<HTMLElement>('.quote-tools') as HTMLElement;
const toolButton = (kind: string) => tools().querySelector<HTMLButtonElement>(`[data-copy="${kind}"]`) as HTMLButtonElement;
const status = () => document.querySelector('[role="status"]')?.textContent;

/** Select `range` (or clear the selection) and wait until the page has seen the change. */
async function select(range?: Range): Promise<void> {
  if (!range && !getSelection()?.rangeCount) return;
  const seen = new Promise((resolve) => document.addEventListener('selectionchange', resolve, { once: true }));
  getSelection()?.removeAllRanges();
  if (range) getSelection()?.addRange(range);
  await seen;
}

/** The clipboard's contents by type, once a copy has said 已复制. */
async function copied(button: HTMLButtonElement): Promise<Record<string, string>> {
  await vi.waitFor(() => expect(button.getAttribute('aria-label')).toBe('已复制'));
  const contents: Record<string, string> = {};
  for (const item of await navigator.clipboard.read()) {
    for (const type of item.types) {
      const blob = await item.getType(type);
      expect(blob.type).toBe(type);
      contents[type] = await blob.text();
    }
  }
  return contents;
}

const pointer = (type: string, target: EventTarget, pointerType = 'mouse') =>
  target.dispatchEvent(new PointerEvent(type, { pointerType, bubbles: true, cancelable: true }));

beforeEach(async () => {
  await select();
  await navigator.clipboard.writeText('');
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

// First: the script keeps the last selection for the buttons.
it('before any selection in a passage, the quote buttons copy nothing', async () => {
  // They only show beside a selection; pressed by a script without one, they do nothing.
  expect(tools().hidden).toBe(true);
  await navigator.clipboard.writeText('unchanged');
  toolButton('link').click();
  toolButton('quote').click();
  await select(rangeOf(0, '生态环境'));
  expect(await navigator.clipboard.readText()).toBe('unchanged');
});

it('prints the address the reader opened, not the one the site was built for', () => {
  expect(document.querySelector('[data-printed-url]')?.textContent).toBe('https://x.org/speech/full/');
});

describe('复制链接', () => {
  it('shows each section’s button', () => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.copy-link')];
    expect(buttons).toHaveLength(2);
    for (const button of buttons) expect(button.hidden).toBe(false);
  });

  it('copies the section’s absolute URL and says 已复制 on the button and the status line for two seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const button = document.querySelector<HTMLButtonElement>('#p5 .copy-link') as HTMLButtonElement;
    button.click();
    await vi.advanceTimersByTimeAsync(1);
    expect([button.getAttribute('aria-label'), status()]).toEqual(['已复制', '已复制']);
    expect(await navigator.clipboard.readText()).toBe('https://x.org/full/#p5');
    // Pressed again while it says 已复制: two seconds later it still goes back to its own name.
    button.click();
    await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersByTimeAsync(1997);
    expect([button.getAttribute('aria-label'), status()]).toEqual(['已复制', '已复制']);
    await vi.advanceTimersByTimeAsync(2);
    expect([button.getAttribute('aria-label'), status()]).toEqual(['复制链接', '']);
    await vi.advanceTimersByTimeAsync(2000);
    expect([button.getAttribute('aria-label'), status()]).toEqual(['复制链接', '']);
  });

  it('without ClipboardItem, writes the plain text', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    const button = document.querySelector<HTMLButtonElement>('#xi .copy-link') as HTMLButtonElement;
    button.click();
    await vi.waitFor(() => expect(status()).toBe('已复制'));
    expect(await navigator.clipboard.readText()).toBe('https://x.org/full/#xi');
  });
});

describe('a refused copy', () => {
  const fallback = () => document.querySelector<HTMLTextAreaElement>('.copy-fallback') as HTMLTextAreaElement;
  const refused = () => new DOMException('Write permission denied.', 'NotAllowedError');

  it('says 复制失败 on the button, what to do on the status line, and selects the link in a field under the heading', async () => {
    vi.spyOn(navigator.clipboard, 'write').mockRejectedValue(refused());
    const button = document.querySelector<HTMLButtonElement>('#p5 .copy-link') as HTMLButtonElement;
    button.click();
    await vi.waitFor(() => expect(fallback().hidden).toBe(false));
    expect([button.getAttribute('aria-label'), status()]).toEqual(['复制失败', '复制失败：请手动复制。']);
    expect(fallback().previousElementSibling).toBe(document.querySelector('#p5 .passage-head'));
    expect(document.activeElement).toBe(fallback());
    const { value, selectionStart, selectionEnd } = fallback();
    expect([value, selectionStart, selectionEnd]).toEqual(['https://x.org/full/#p5', 0, value.length]);
    // Leaving the field puts it away, and the status line's instructions with it.
    fallback().blur();
    expect([fallback().hidden, status()]).toEqual([true, '']);
  });

  it('offers a quote under its passage, also when only writeText is there (and refuses)', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(refused());
    await select(rangeOf(2, '浦东开发开放'));
    toolButton('quote').click();
    await vi.waitFor(() => expect(fallback().hidden).toBe(false));
    expect(toolButton('quote').getAttribute('aria-label')).toBe('复制失败');
    expect(fallback().previousElementSibling).toBe(paragraph(2).parentElement);
    expect(fallback().value.startsWith('“浦东开发开放”——第五 推动浦东高水平改革开放，')).toBe(true);
    fallback().blur();
  });

  it('gives the button its name back two seconds later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    vi.spyOn(navigator.clipboard, 'write').mockRejectedValue(refused());
    const button = document.querySelector<HTMLButtonElement>('#xi .copy-link') as HTMLButtonElement;
    button.click();
    await vi.advanceTimersByTimeAsync(1999);
    expect(button.getAttribute('aria-label')).toBe('复制失败');
    // The instructions stay while the field is there.
    await vi.advanceTimersByTimeAsync(1);
    expect([button.getAttribute('aria-label'), status()]).toEqual(['复制链接', '复制失败：请手动复制。']);
    fallback().blur();
  });
});

describe('two copies in a row', () => {
  it('each keep 已复制 on the status line for two seconds from their own click', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await select(rangeOf(0, '生态环境'));
    toolButton('quote').click();
    await vi.advanceTimersByTimeAsync(1000);
    const link = document.querySelector<HTMLButtonElement>('#p5 .copy-link') as HTMLButtonElement;
    link.click();
    await vi.advanceTimersByTimeAsync(1500);
    expect([toolButton('quote').getAttribute('aria-label'), link.getAttribute('aria-label'), status()]).toEqual(['复制引用', '已复制', '已复制']);
    await vi.advanceTimersByTimeAsync(500);
    expect([link.getAttribute('aria-label'), status()]).toEqual(['复制链接', '']);
  });

  it('on the same button, keep 已复制 for two seconds from the last click', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const link = document.querySelector<HTMLButtonElement>('#xi .copy-link') as HTMLButtonElement;
    link.click();
    await vi.advanceTimersByTimeAsync(1000);
    link.click();
    await vi.advanceTimersByTimeAsync(1500);
    expect([link.getAttribute('aria-label'), status()]).toEqual(['已复制', '已复制']);
    await vi.advanceTimersByTimeAsync(500);
    expect([link.getAttribute('aria-label'), status()]).toEqual(['复制链接', '']);
  });
});

describe('the quote buttons', () => {
  it('appear under a selection in a passage, last in its body', async () => {
    await select(rangeOf(2, '浦东开发开放'));
    expect(tools().hidden).toBe(false);
    expect(tools().parentElement).toBe(paragraph(2).parentElement);
    expect(tools().nextSibling).toBeNull();
    await select(rangeOf(0, '生态环境'));
    expect(tools().parentElement).toBe(paragraph(0).parentElement);
  });

  it('sit under the start of the selection’s last line, inside the passage', async () => {
    const body = paragraph(0).parentElement as HTMLElement;
    vi.spyOn(body, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 10, y: 20, width: 300, height: 100 }));
    vi.spyOn(tools(), 'offsetWidth', 'get').mockReturnValue(120);
    const lastLine = (left: number) =>
      vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([
        DOMRect.fromRect({ x: 0, y: 0, width: 1, height: 1 }),
        DOMRect.fromRect({ x: left, y: 70, width: 50, height: 30 }),
      ] as unknown as DOMRectList);
    lastLine(40);
    await select(rangeOf(0, '生态环境'));
    expect([tools().style.top, tools().style.left]).toEqual(['86px', '30px']);
    lastLine(290);
    await select(rangeOf(0, '共保联治'));
    expect(tools().style.left).toBe('180px');
    lastLine(0);
    await select(rangeOf(0, '习近平'));
    expect(tools().style.left).toBe('0px');
  });

  it('are not offered for text outside the passages, or a selection within a heading', async () => {
    const toc = document.querySelector('.toc a')?.firstChild as Node;
    const outside = document.createRange();
    outside.setStart(toc, 0);
    outside.setEnd(toc, 3);
    await select(outside);
    expect(tools().hidden).toBe(true);

    const heading = document.createRange();
    heading.setStart(document.querySelector('#xi h2')?.firstChild as Node, 0);
    heading.setEnd(document.querySelector('#xi h2')?.firstChild as Node, 3);
    await select(heading);
    expect(tools().hidden).toBe(true);
  });

  it('are not offered for a selection in its section after the passage (the field to copy by hand)', async () => {
    const after = document.createElement('p');
    after.textContent = '编者注';
    (paragraph(1).parentElement as HTMLElement).after(after);
    const range = document.createRange();
    range.setStart(after.firstChild as Node, 0);
    range.setEnd(after.firstChild as Node, 2);
    await select(range);
    after.remove();
    expect(tools().hidden).toBe(true);
  });

  it('quote the part of a selection leaving its passage that lies inside it', async () => {
    const leaving = rangeOf(1, '共抓大保护');
    leaving.setEnd(paragraph(2).firstChild as Node, 2);
    await select(leaving);
    expect(tools().parentElement).toBe(paragraph(1).parentElement);
    expect(tools().hidden).toBe(false);
    toolButton('quote').click();
    const plain = (await copied(toolButton('quote')))['text/plain'] ?? '';
    expect(plain.startsWith('“共抓大保护。”——习近平强调，')).toBe(true);
  });

  it('quote the passage’s part of a selection from its heading into its text', async () => {
    const intoPassage = rangeOf(0, '习近平');
    intoPassage.setStart(document.querySelector('#xi h2')?.firstChild as Node, 2);
    await select(intoPassage);
    expect(tools().hidden).toBe(false);
    toolButton('quote').click();
    const plain = (await copied(toolButton('quote')))['text/plain'] ?? '';
    expect(plain.startsWith('“习近平”——习近平强调，')).toBe(true);
  });

  it('are offered for a triple click, which ends at the start of the next section', async () => {
    const triple = rangeOf(1, '要把保护');
    triple.setEnd(document.querySelector('#p5 h2')?.firstChild as Node, 0);
    await select(triple);
    expect(tools().hidden).toBe(false);
    toolButton('quote').click();
    const plain = (await copied(toolButton('quote')))['text/plain'] ?? '';
    expect(plain.startsWith(`“${paragraph(1).textContent}”——习近平强调，`)).toBe(true);
  });

  it('are not offered for a selection from the top of the document (Ctrl+A)', async () => {
    await select(rangeOf(0, '生态环境'));
    const all = rangeOf(0, '习近平');
    all.setStart(document, 0);
    await select(all);
    expect(tools().hidden).toBe(true);
  });

  it('stay in place while the selection changes inside the same passage, so a click on them is not lost', async () => {
    await select(rangeOf(0, '生态环境'));
    const moves: MutationRecord[] = [];
    const observer = new MutationObserver((records) => moves.push(...records));
    observer.observe(paragraph(0).parentElement as HTMLElement, { childList: true });
    await select(rangeOf(0, '共保联治'));
    await select(rangeOf(1, '长江'));
    observer.disconnect();
    expect(moves).toEqual([]);
    expect(tools().hidden).toBe(false);
  });

  it('are not offered for white space alone', async () => {
    paragraph(0).append(document.createTextNode('   '));
    const blank = document.createRange();
    blank.setStart(paragraph(0).lastChild as Node, 0);
    blank.setEnd(paragraph(0).lastChild as Node, 3);
    await select(blank);
    expect(tools().hidden).toBe(true);
  });

  it('go when the selection goes, unless the reader is on them', async () => {
    await select(rangeOf(0, '生态环境'));
    await select();
    expect(tools().hidden).toBe(true);

    await select(rangeOf(0, '生态环境'));
    toolButton('link').focus();
    await select();
    expect(tools().hidden).toBe(false);
    toolButton('link').blur();
  });

  it('wait while the mouse is still selecting; touch and the buttons themselves do not', async () => {
    pointer('pointerdown', paragraph(0));
    await select(rangeOf(0, '生态环境'));
    expect(tools().hidden).toBe(true);
    pointer('pointerup', paragraph(0));
    expect(tools().hidden).toBe(false);

    pointer('pointerdown', paragraph(0), 'touch');
    await select(rangeOf(0, '共保联治'));
    expect(tools().hidden).toBe(false);
    pointer('pointerup', paragraph(0), 'touch');

    pointer('pointerdown', toolButton('link'));
    await select(rangeOf(0, '习近平'));
    expect(tools().hidden).toBe(false);
  });

  it('keep the selection when pressed', () => {
    expect(pointer('pointerdown', toolButton('link'))).toBe(false);
    expect(pointer('pointerdown', toolButton('quote'))).toBe(false);
    expect(pointer('pointerdown', paragraph(0))).toBe(true);
    pointer('pointerup', paragraph(0));
  });
});

describe('copying a quote', () => {
  const quote = '要把保护修复长江生态环境摆在压倒性的突出位置';

  it('复制引用链接 copies the section URL with a text fragment for the selection', async () => {
    const range = rangeOf(1, quote);
    await select(range);
    toolButton('link').click();
    expect(await copied(toolButton('link'))).toEqual({ 'text/plain': quoteLink('https://x.org/full/#xi', range) });
    expect(getSelection()?.toString()).toBe(quote);
  });

  it('复制引用 copies the quote, its source from the page and the link, as plain text and HTML', async () => {
    const range = rangeOf(2, '今年是上海浦东开发开放30周年');
    await select(range);
    toolButton('quote').click();
    const link = quoteLink('https://x.org/full/#p5', range);
    const contents = await copied(toolButton('quote'));
    expect(contents['text/plain']).toBe(`“今年是上海浦东开发开放30周年”——第五 推动浦东高水平改革开放，《座谈会给出“指南”》\n${link}`);
    expect(contents['text/html']).toContain(`<blockquote cite="${link}"><p>今年是上海浦东开发开放30周年</p></blockquote>`);
  });
});
