// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ui } from '../../../src/i18n/ui';
import { encodeTerm } from '../../../src/browser/text-fragment';

/**
 * The reading enhancement (src/browser/enhance.ts) on the markup of a section page: copy-link
 * buttons, the quote-link button that follows a selection, and nothing at all without a
 * clipboard. It runs when loaded, so each test loads it afresh on a fresh page.
 */
const PAGE = `
  <main>
    <section class="passage" data-cite="/speech/priorities/6/">
      <div class="passage-head"><h1>第六</h1><button type="button" class="copy-link" hidden>${ui.reading.copyLink}</button></div>
      <div class="passage-body"><p>长江禁渔是为全局计、为子孙谋的重要决策。</p><p>要强化执法监管，做好决策。</p></div>
    </section>
    <section class="passage" data-cite="/speech/passages/attendance/"><div class="passage-body"><p>甲参加座谈会。</p></div></section>
    <section class="passage" data-cite="/speech/full/#han-zheng">
      <div class="passage-head"><button type="button" class="copy-link" hidden>${ui.reading.copyLink}</button></div>
      <div class="passage-body"><p>韩正表示。</p></div>
    </section>
    <nav class="toc"><a href="#">第一至第七</a></nav>
  </main>
  <p role="status" data-copy-status data-copied="${ui.reading.copied}"></p>
  <button type="button" class="quote-link" hidden>${ui.reading.quoteLink}</button>`;

const writeText = vi.fn(async (_text: string) => {});

/** The document listeners each load adds, removed after each test so loads do not pile up. */
const listeners: [string, EventListenerOrEventListenerObject][] = [];

async function loadEnhancement(clipboard: object | null = { writeText }, textFragments = true) {
  document.body.innerHTML = PAGE;
  if (textFragments) Object.defineProperty(document, 'fragmentDirective', { value: {}, configurable: true });
  else Reflect.deleteProperty(document, 'fragmentDirective');
  history.replaceState(null, '', '/speech/priorities/6/');
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  const add = vi.spyOn(document, 'addEventListener');
  vi.resetModules();
  await import('../../../src/browser/enhance');
  for (const [type, listener] of add.mock.calls) if (listener) listeners.push([type, listener]);
  add.mockRestore();
}

/** Let the clipboard's promise settle (its .then runs a microtask later). */
async function clipboardSettled(): Promise<void> {
  for (let i = 0; i < 3; i++) await Promise.resolve();
}

const copyButtons = () => [...document.querySelectorAll<HTMLButtonElement>('.copy-link')];
const quoteButton = () => document.querySelector('.quote-link') as HTMLButtonElement;
const status = () => document.querySelector('[data-copy-status]') as HTMLElement;

/** Select `length` characters of the `index`-th passage paragraph from `start`, as a reader does. */
function select(paragraph: Element, start: number, length: number): void {
  const text = paragraph.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + length);
  const selection = getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}

/** Collapse the selection, as a click elsewhere does. */
function deselect(): void {
  getSelection()?.removeAllRanges();
  document.dispatchEvent(new Event('selectionchange'));
}

beforeEach(() => {
  vi.useFakeTimers();
  writeText.mockClear();
});
afterEach(() => {
  vi.useRealTimers();
  for (const [type, listener] of listeners.splice(0)) document.removeEventListener(type, listener);
});

describe('copy link', () => {
  it('shows each section’s button, which copies its absolute URL and says so for two seconds', async () => {
    await loadEnhancement();
    expect(copyButtons().map((button) => button.hidden)).toEqual([false, false]);
    copyButtons()[1]?.click();
    await clipboardSettled();
    expect(status().textContent).toBe(ui.reading.copied);
    expect(writeText).toHaveBeenCalledWith(`${location.origin}/speech/full/#han-zheng`);
    expect(copyButtons()[1]?.textContent).toBe(ui.reading.copied);
    vi.advanceTimersByTime(1999);
    expect(copyButtons()[1]?.textContent).toBe(ui.reading.copied);
    vi.advanceTimersByTime(1);
    expect(copyButtons()[1]?.textContent).toBe(ui.reading.copyLink);
    expect(status().textContent).toBe('');
  });

  it('keeps the button’s own label through repeated copies', async () => {
    await loadEnhancement();
    const [button] = copyButtons();
    button?.click();
    await clipboardSettled();
    expect(button?.textContent).toBe(ui.reading.copied);
    button?.click();
    await clipboardSettled();
    expect(writeText).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(2000);
    expect(button?.textContent).toBe(ui.reading.copyLink);
  });

  it('without a clipboard, every button stays hidden', async () => {
    await loadEnhancement(null);
    expect([...copyButtons(), quoteButton()].map((button) => button.hidden)).toEqual([true, true, true]);
    select(document.querySelector('.passage-body p') as Element, 0, 4);
    expect(quoteButton().hidden).toBe(true);
  });
});

describe('quote link', () => {
  it('offers itself for a selection in a passage, at the end of its passage body, and copies the section URL with a text fragment', async () => {
    await loadEnhancement();
    const paragraph = document.querySelector('.passage-body p') as Element;
    select(paragraph, 0, 4);
    expect(quoteButton().hidden).toBe(false);
    expect(quoteButton().parentElement).toBe(paragraph.parentElement);
    expect(quoteButton().parentElement?.lastElementChild).toBe(quoteButton());
    quoteButton().click();
    await clipboardSettled();
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls).toEqual([[`${location.origin}/speech/priorities/6/#:~:text=${encodeTerm('长江禁渔')}`]]);
  });

  it('hides again for a selection outside the passages, or an empty one', async () => {
    await loadEnhancement();
    select(document.querySelector('.passage-body p') as Element, 0, 4);
    expect(quoteButton().hidden).toBe(false);
    select(document.querySelector('nav a') as Element, 0, 2);
    expect(quoteButton().hidden).toBe(true);
    select(document.querySelector('.passage-body p') as Element, 0, 4);
    deselect();
    expect(quoteButton().hidden).toBe(true);
  });

  it('does not offer itself while the mouse is still selecting, and does after', async () => {
    await loadEnhancement();
    document.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'mouse' }));
    select(document.querySelector('.passage-body p') as Element, 0, 4);
    expect(quoteButton().hidden).toBe(true);
    document.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'mouse' }));
    expect(quoteButton().hidden).toBe(false);
  });

  it('keeps the selection when pressed', async () => {
    await loadEnhancement();
    const press = new PointerEvent('pointerdown', { cancelable: true, bubbles: true });
    quoteButton().dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
  });

  it('does not span two sections', async () => {
    await loadEnhancement();
    const [first, , other] = [...document.querySelectorAll('.passage-body p')];
    expect(other?.textContent).toBe('甲参加座谈会。');
    const range = document.createRange();
    range.setStart(first?.firstChild as Text, 0);
    range.setEnd(other?.firstChild as Text, 2);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    expect(quoteButton().hidden).toBe(true);
  });

  it('where the browser has no text fragments, copies the section URL alone', async () => {
    await loadEnhancement({ writeText }, false);
    select(document.querySelector('.passage-body p') as Element, 0, 4);
    quoteButton().click();
    await clipboardSettled();
    expect(writeText.mock.calls).toEqual([[`${location.origin}/speech/priorities/6/`]]);
  });
});

describe('quote link, what it copies', () => {
  const paragraphs = () => [...document.querySelectorAll('.passage-body p')];
  async function quote(start: [Element, number], end: [Element, number]): Promise<string | undefined> {
    const range = document.createRange();
    range.setStart(start[0].firstChild as Text, start[1]);
    range.setEnd(end[0].firstChild ?? end[0], end[1]);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    expect(quoteButton().hidden).toBe(false);
    quoteButton().click();
    await clipboardSettled();
    return writeText.mock.calls.at(-1)?.[0];
  }
  const url = (directive: string) => `${location.origin}/speech/priorities/6/#:~:text=${directive}`;

  it('a quote that also occurs earlier on the page gets the words before it as a prefix', async () => {
    await loadEnhancement();
    const [, second] = paragraphs();
    expect(await quote([second as Element, 10], [second as Element, 12])).toBe(url(`${encodeTerm('做好')}-,${encodeTerm('决策')}`));
  });

  it('a selection that ends at the very start of the next paragraph (a triple click) quotes the first paragraph', async () => {
    await loadEnhancement();
    const [first, second] = paragraphs();
    expect(await quote([first as Element, 0], [second as Element, 0])).toBe(url(encodeTerm('长江禁渔是为全局计、为子孙谋的重要决策。')));
  });

  it('a selection over two paragraphs is linked by its start and end', async () => {
    await loadEnhancement();
    const [first, second] = paragraphs();
    expect(await quote([first as Element, 0], [second as Element, 7])).toBe(
      url(`${encodeTerm('长江禁渔是为全局计、')},${encodeTerm('要强化执法监管')}`),
    );
  });

  it('stays offered while it has the focus (a reader tabbing to it)', async () => {
    await loadEnhancement();
    select(paragraphs()[0] as Element, 0, 4);
    quoteButton().focus();
    deselect();
    expect(quoteButton().hidden).toBe(false);
  });

  it('a touch or a press on the button itself is not a mouse selection in progress', async () => {
    await loadEnhancement();
    document.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch' }));
    select(paragraphs()[0] as Element, 0, 4);
    expect(quoteButton().hidden).toBe(false);
    quoteButton().dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'mouse', bubbles: true }));
    select(paragraphs()[0] as Element, 0, 5);
    expect(quoteButton().hidden).toBe(false);
  });

  it('a selection of white space only is not offered', async () => {
    await loadEnhancement();
    const [first] = paragraphs();
    (first as Element).textContent = '  ';
    select(first as Element, 0, 2);
    expect(quoteButton().hidden).toBe(true);
  });
});

describe('quote link, where it shows', () => {
  // happy-dom lays nothing out: give the passage body and the selection's last line boxes.
  function layout(line: { left: number; bottom: number }) {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 50, y: 100, width: 300, height: 400 }),
    );
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([
      DOMRect.fromRect({ x: 60, y: 100, width: 10, height: 20 }),
      DOMRect.fromRect({ x: line.left, y: line.bottom - 20, width: 10, height: 20 }),
    ] as unknown as DOMRectList);
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(100);
  }
  afterEach(() => vi.restoreAllMocks());

  it('just under the start of the selection’s last line, inside the passage body', async () => {
    await loadEnhancement();
    layout({ left: 80, bottom: 140 });
    select(document.querySelector('.passage-body p') as Element, 0, 4);
    expect([quoteButton().style.top, quoteButton().style.left]).toEqual(['46px', '30px']);
  });

  it('kept from running past the body’s right or left edge', async () => {
    await loadEnhancement();
    layout({ left: 340, bottom: 140 });
    select(document.querySelector('.passage-body p') as Element, 0, 4);
    expect(quoteButton().style.left).toBe('200px');
    layout({ left: 10, bottom: 140 });
    select(document.querySelector('.passage-body p') as Element, 0, 5);
    expect(quoteButton().style.left).toBe('0px');
  });
});
