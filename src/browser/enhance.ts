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
 * Without the Clipboard API (an insecure origin) the buttons still offer the text to copy by hand.
 * Every page has the status line and the quote buttons (src/layouts/Base.astro).
 */
const statusLine = document.querySelector('[data-copy-status]') as HTMLElement;
const tools = document.querySelector('.quote-tools') as HTMLElement;
const fallback = document.querySelector('.copy-fallback') as HTMLTextAreaElement;
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

/** One timer for the status line, so an earlier copy's timer never clears a later copy's word. */
let statusTimer: ReturnType<typeof setTimeout> | undefined;

/** Says `message` on the status line (announced); a copy's 已复制 goes after two seconds. */
function announce(message: string, fades: boolean): void {
  clearTimeout(statusTimer);
  statusLine.textContent = message;
  if (fades) statusTimer = setTimeout(() => (statusLine.textContent = ''), 2000);
}

/** What could not be copied, selected in a field after the button, to copy by hand. */
function offerByHand(button: HTMLButtonElement, text: string): void {
  // Below the section's heading (复制链接) or its passage (the quote buttons).
  (button.closest('.passage-head, .passage-body') as HTMLElement).after(fallback);
  fallback.value = text;
  fallback.hidden = false;
  fallback.focus();
  fallback.select();
}

/**
 * A click on `button` writes what `data` gives (by MIME type, or nothing) to the clipboard, then
 * says 已复制 on the button and the status line for two seconds. The write starts inside the
 * click, as Safari requires, while the data may still be in the making. When the browser refuses
 * (permission, an unfocused document, no Clipboard API on an insecure origin), the button says
 * 复制失败, the status line says what to do, and the text waits selected in a field.
 */
function copyOnClick(button: HTMLButtonElement, types: readonly string[], data: () => Promise<ClipboardData> | undefined): void {
  const label = button.getAttribute('aria-label') as string;
  let labelTimer: ReturnType<typeof setTimeout> | undefined;
  const show = (word: string) => {
    clearTimeout(labelTimer);
    button.setAttribute('aria-label', word);
    labelTimer = setTimeout(() => button.setAttribute('aria-label', label), 2000);
  };
  button.addEventListener('click', () => {
    const content = data();
    if (!content) return;
    const part = (type: string) => {
      const blob = content.then((d) => new Blob([d[type as keyof ClipboardData] as string], { type }));
      // A refused write may never read it: its failure is handled below, not left uncaught.
      blob.catch(() => undefined);
      return blob;
    };
    // Typed as always there, but insecure origins and older browsers lack it.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    const written = !clipboard
      ? Promise.reject(new Error('no Clipboard API'))
      : typeof ClipboardItem === 'function'
        ? clipboard.write([new ClipboardItem(Object.fromEntries(types.map((type) => [type, part(type)])))])
        : content.then((d) => clipboard.writeText(d[PLAIN] as string));
    written.then(
      () => {
        const done = statusLine.dataset['copied'] as string;
        show(done);
        announce(done, true);
      },
      () => {
        show(statusLine.dataset['failed'] as string);
        announce(statusLine.dataset['byHand'] as string, false);
        content.then((d) => offerByHand(button, d[PLAIN] as string), () => undefined);
      },
    );
  });
}

/**
 * The part of the selection inside the passage body of the section where it starts: a selection
 * from a heading into its text, or from one section into the next (on /full/), quotes what it
 * holds of that passage; a triple click's end at the next block's start is the body's end.
 */
function passageSelection(): { range: Range; body: HTMLElement } | undefined {
  const selection = getSelection() as Selection;
  if (selection.type !== 'Range') return undefined;
  const range = selection.getRangeAt(0).cloneRange();
  const start = range.startContainer;
  const body = (start instanceof Element ? start : start.parentElement)?.closest('[data-cite]')?.querySelector<HTMLElement>('.passage-body');
  if (!body) return undefined;
  if (!body.contains(range.startContainer)) {
    // After the passage (such as the field to copy by hand below it): nothing of it is selected.
    if (range.comparePoint(body, 0) < 0) return undefined;
    range.setStart(body, 0);
  }
  if (!body.contains(range.endContainer)) range.setEnd(body, body.childNodes.length);
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
fallback.addEventListener('blur', () => {
  fallback.hidden = true;
  announce('', false);
});
