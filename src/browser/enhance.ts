import type { ClipboardData, QuoteKind } from './quote';
import quoteUrl from './quote?chunk';

/**
 * Reading enhancements, inlined into every page (keep it small: the page budget counts it).
 * - 复制链接: each section's button copies its absolute URL (base path included).
 * - Selecting text in a passage (mouse, touch or Shift+arrows) offers 复制引用链接 (the section
 *   URL with a text fragment that opens at the quote) and 复制引用 (the quote, its source and
 *   that link). What they copy is built by src/browser/quote.ts, loaded on the first selection.
 * Button labels are drawn by CSS from aria-label, so they are not part of the page's text:
 * quote links match the text a reader sees, whether or not the buttons are there.
 * - /about/'s references: a copy button each, and GB/T 7714's access date filled with today's.
 * Without the Clipboard API the buttons stay hidden: no dead controls.
 * Every page has the status line and the quote buttons (src/layouts/Base.astro).
 */
const statusLine = document.querySelector('[data-copy-status]') as HTMLElement;
const tools = document.querySelector('.quote-tools') as HTMLElement;
const PLAIN = 'text/plain';
type QuoteModule = typeof import('./quote');
let quoteModule: Promise<QuoteModule> | undefined;
/** The last selection in a passage, and the code that makes what the quote buttons copy. */
let selected: { range: Range; section: HTMLElement; quote: Promise<QuoteModule> } | undefined;
/** A mouse button is held: the reader is still selecting, so the buttons would get in the way. */
let dragging = false;

// A printout names the address the reader opened; the page was built knowing only SITE_URL.
const printedUrl = document.querySelector('[data-printed-url]');
if (printedUrl) printedUrl.textContent = location.href.replace(/#.*/, '');

const absolute = (section: HTMLElement): string => new URL(section.dataset['cite'] as string, location.href).href;

/**
 * A click on `button` writes what `data` gives (by MIME type, or nothing) to the clipboard, then
 * says 已复制 on the button and the status line for two seconds. The write starts inside the
 * click, as Safari requires, while the data may still be in the making.
 */
function copyOnClick(button: HTMLButtonElement, types: readonly string[], data: () => Promise<ClipboardData> | undefined): void {
  const label = button.getAttribute('aria-label') as string;
  button.addEventListener('click', () => {
    const content = data();
    if (!content) return;
    const part = (type: string) => content.then((d) => new Blob([d[type as keyof ClipboardData] as string], { type }));
    const written =
      typeof ClipboardItem === 'function'
        ? navigator.clipboard.write([new ClipboardItem(Object.fromEntries(types.map((type) => [type, part(type)])))])
        : content.then((d) => navigator.clipboard.writeText(d[PLAIN] as string));
    void written.then(() => {
      const done = statusLine.dataset['copied'] as string;
      button.setAttribute('aria-label', done);
      statusLine.textContent = done;
      setTimeout(() => {
        button.setAttribute('aria-label', label);
        statusLine.textContent = '';
      }, 2000);
    });
  });
}

/** The passage body holding `node` (none for the document itself). */
const bodyOf = (node: Node): HTMLElement | null | undefined =>
  (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.passage-body');

/** The selection, if it is text inside one passage: a triple click's end at the next block's start is moved back. */
function passageSelection(): { range: Range; body: HTMLElement } | undefined {
  const selection = getSelection() as Selection;
  if (selection.type !== 'Range') return undefined;
  const range = selection.getRangeAt(0).cloneRange();
  const body = bodyOf(range.startContainer);
  if (!body) return undefined;
  if (!body.contains(range.endContainer)) {
    const beyond = range.cloneRange();
    beyond.setStart(body, body.childNodes.length);
    if (beyond.toString().trim()) return undefined;
    range.setEnd(body, body.childNodes.length);
  }
  return range.toString().trim() ? { range, body } : undefined;
}

function onSelection(): void {
  const found = dragging ? undefined : passageSelection();
  if (!found) {
    if (!tools.contains(document.activeElement)) tools.hidden = true;
    return;
  }
  const { range, body } = found;
  quoteModule ??= import(/* @vite-ignore */ quoteUrl) as Promise<QuoteModule>;
  selected = { range, section: body.closest('[data-cite]') as HTMLElement, quote: quoteModule };
  // Last in the passage body (which holds only text), so Tab from the selection reaches it next.
  // Moving it between pointerup and click would cancel the click.
  if (tools.parentElement !== body) body.append(tools);
  tools.hidden = false;
  const box = body.getBoundingClientRect();
  const rects = range.getClientRects();
  const last = rects[rects.length - 1];
  if (last) {
    tools.style.top = `${last.bottom - box.top + 6}px`;
    // Under the start of the last line, away from where the pointer or the selection handle ends.
    tools.style.left = `${Math.max(0, Math.min(last.left - box.left, box.width - tools.offsetWidth))}px`;
  }
}

// GB/T 7714's access date (引用日期) is the reader's: today, in their time zone ("sv" writes YYYY-MM-DD).
for (const date of document.querySelectorAll('[data-access-date]')) date.textContent = new Date().toLocaleDateString('sv');

// Typed as always there, but older browsers and insecure origins lack it.
if ((navigator.clipboard as Clipboard | undefined) !== undefined) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-cite] .copy-link')) {
    const section = button.closest('[data-cite]') as HTMLElement;
    button.hidden = false;
    copyOnClick(button, [PLAIN], () => Promise.resolve({ [PLAIN]: absolute(section) }));
  }
  // /about/'s references: each button copies the text of the element it names.
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-from]')) {
    const source = document.getElementById(button.dataset['copyFrom'] as string) as HTMLElement;
    button.hidden = false;
    copyOnClick(button, [PLAIN], () => Promise.resolve({ [PLAIN]: source.textContent as string }));
  }
  for (const button of tools.querySelectorAll<HTMLButtonElement>('button')) {
    const kind = button.dataset['copy'] as QuoteKind;
    // Keep the selection when the button is pressed.
    button.addEventListener('pointerdown', (event) => event.preventDefault());
    copyOnClick(button, kind === 'quote' ? [PLAIN, 'text/html'] : [PLAIN], () => {
      if (!selected) return undefined;
      const { range, section, quote } = selected;
      const source = { url: absolute(section), label: section.dataset['label'] as string, title: tools.dataset['title'] as string };
      return quote.then((module) => module.clipboardData(kind, range, source));
    });
  }
  document.addEventListener('selectionchange', onSelection);
  document.addEventListener('pointerdown', (event) => {
    dragging = event.pointerType === 'mouse' && !tools.contains(event.target as Node);
  });
  document.addEventListener('pointerup', () => {
    dragging = false;
    onSelection();
  });
}
