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
 * Without the Clipboard API the buttons stay hidden: no dead controls.
 */
const statusLine = document.querySelector<HTMLElement>('[data-copy-status]');
const tools = document.querySelector<HTMLElement>('.quote-tools');
const PLAIN = 'text/plain';
let quoteModule: Promise<typeof import('./quote')> | undefined;
let selected: { range: Range; section: HTMLElement } | undefined;
/** A mouse button is held: the reader is still selecting, so the buttons would get in the way. */
let dragging = false;

const absolute = (section: HTMLElement): string => new URL(section.dataset['cite'] ?? '', location.href).href;

/**
 * Write `data` (by MIME type) to the clipboard, then say 已复制 on the button and the status line
 * for two seconds. The write starts inside the click, as Safari requires, while `data` may still
 * be in the making.
 */
function copy(button: HTMLButtonElement, types: readonly string[], data: Promise<ClipboardData>): void {
  const part = (type: string) => data.then((d) => new Blob([d[type as keyof ClipboardData] ?? ''], { type }));
  const written =
    typeof ClipboardItem === 'function'
      ? navigator.clipboard.write([new ClipboardItem(Object.fromEntries(types.map((type) => [type, part(type)])))])
      : data.then((d) => navigator.clipboard.writeText(d[PLAIN] ?? ''));
  void written.then(() => {
    const label = (button.dataset['label'] ??= button.getAttribute('aria-label') ?? '');
    const done = statusLine?.dataset['copied'] ?? '';
    button.setAttribute('aria-label', done);
    if (statusLine) statusLine.textContent = done;
    setTimeout(() => {
      button.setAttribute('aria-label', label);
      if (statusLine) statusLine.textContent = '';
    }, 2000);
  });
}

/** The passage body holding `node`. */
const bodyOf = (node: Node): HTMLElement | null | undefined =>
  (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.passage-body');

/** The selection, if it is text inside one passage: a triple click's end at the next block's start is moved back. */
function passageRange(): Range | undefined {
  const selection = getSelection();
  if (selection?.type !== 'Range') return undefined;
  const range = selection.getRangeAt(0).cloneRange();
  const body = bodyOf(range.startContainer);
  if (!body) return undefined;
  if (!body.contains(range.endContainer)) {
    const beyond = range.cloneRange();
    beyond.setStart(body, body.childNodes.length);
    if (beyond.toString().trim()) return undefined;
    range.setEnd(body, body.childNodes.length);
  }
  return range.toString().trim() ? range : undefined;
}

function onSelection(tools: HTMLElement): void {
  const range = dragging ? undefined : passageRange();
  const body = range && bodyOf(range.startContainer);
  const section = body?.closest<HTMLElement>('[data-cite]');
  if (!range || !body || !section) {
    if (!tools.contains(document.activeElement)) tools.hidden = true;
    return;
  }
  selected = { range, section };
  quoteModule ??= import(/* @vite-ignore */ quoteUrl) as Promise<typeof import('./quote')>;
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

// Typed as always there, but older browsers and insecure origins lack it.
if ((navigator.clipboard as Clipboard | undefined) !== undefined) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-cite] .copy-link')) {
    const section = button.closest<HTMLElement>('[data-cite]') as HTMLElement;
    button.hidden = false;
    button.addEventListener('click', () => copy(button, [PLAIN], Promise.resolve({ [PLAIN]: absolute(section) })));
  }
  if (tools) {
    for (const button of tools.querySelectorAll<HTMLButtonElement>('button')) {
      const kind = button.dataset['copy'] as QuoteKind;
      // Keep the selection when the button is pressed.
      button.addEventListener('pointerdown', (event) => event.preventDefault());
      button.addEventListener('click', () => {
        if (!selected || !quoteModule) return;
        const { range, section } = selected;
        const source = { url: absolute(section), label: section.dataset['label'] ?? '', title: tools.dataset['title'] ?? '' };
        copy(
          button,
          kind === 'quote' ? [PLAIN, 'text/html'] : [PLAIN],
          quoteModule.then((quote) => quote.clipboardData(kind, range, source)),
        );
      });
    }
    document.addEventListener('selectionchange', () => onSelection(tools));
    document.addEventListener('pointerdown', (event) => {
      dragging = event.pointerType === 'mouse' && !tools.contains(event.target as Node);
    });
    document.addEventListener('pointerup', () => {
      dragging = false;
      onSelection(tools);
    });
  }
}
