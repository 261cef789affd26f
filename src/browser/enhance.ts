import { textDirective, withTextDirective } from './text-fragment';

/**
 * Reading enhancements, inlined into every page (keep it small: the page budget counts it).
 * - 复制链接: each section's button copies its absolute URL (base path included).
 * - 复制引用链接: selecting text in a passage offers a button that copies the section URL with a
 *   text fragment (#:~:text=…), snapped to word boundaries because browsers only match whole
 *   words; where text fragments are unsupported it copies the section URL.
 * Without the Clipboard API the buttons stay hidden: no dead controls.
 */
const statusLine = document.querySelector<HTMLElement>('[data-copy-status]');
const quoteButton = document.querySelector<HTMLButtonElement>('.quote-link');
const clipboard = navigator.clipboard as Clipboard | undefined;
const supportsFragments = 'fragmentDirective' in document;
const words = Intl.Segmenter ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;
let quoteUrl = '';
/** A mouse button is held: the reader is still selecting, so the button would get in the way. */
let dragging = false;

const absolute = (section: HTMLElement): string => new URL(section.dataset['cite'] ?? '', location.href).href;

function copy(text: string, button: HTMLButtonElement): void {
  const label = button.dataset['label'] ?? (button.dataset['label'] = button.textContent ?? '');
  void clipboard?.writeText(text).then(() => {
    const done = statusLine?.dataset['copied'] ?? '';
    button.textContent = done;
    if (statusLine) statusLine.textContent = done;
    setTimeout(() => {
      button.textContent = label;
      if (statusLine) statusLine.textContent = '';
    }, 2000);
  });
}

/** The passage paragraph holding `node`. */
const paragraphOf = (node: Node): HTMLElement | null | undefined =>
  (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.passage-body p');

/** `block`'s text up to (node, offset). */
function textTo(block: Node, node: Node, offset: number): string {
  const range = document.createRange();
  range.selectNodeContents(block);
  range.setEnd(node, offset);
  return range.toString();
}

/** Character offset of (node, offset) within `block`'s text. */
const offsetIn = (block: Node, node: Node, offset: number): number => textTo(block, node, offset).length;

function onSelection(): void {
  if (!quoteButton) return;
  const selection = getSelection();
  const range = selection && !selection.isCollapsed && selection.rangeCount ? selection.getRangeAt(0) : undefined;
  const start = range && paragraphOf(range.startContainer);
  let end = range && paragraphOf(range.endContainer);
  const section = !dragging && start?.closest<HTMLElement>('[data-cite]');
  // A selection ending at the very start of a paragraph (triple click) ends in the one before.
  if (range && end && end !== start && offsetIn(end, range.endContainer, range.endOffset) === 0) {
    end = end.previousElementSibling as HTMLElement | null;
  }
  if (!range || !start || !end || !section || end.closest('[data-cite]') !== section || !range.toString().trim()) {
    if (document.activeElement !== quoteButton) quoteButton.hidden = true;
    return;
  }
  const url = absolute(section);
  const endText = end.textContent ?? '';
  const directive = supportsFragments
    ? textDirective(
        {
          text: start.textContent ?? '',
          offset: offsetIn(start, range.startContainer, range.startOffset),
          before: textTo(document.body, start, 0),
        },
        { text: endText, offset: end === paragraphOf(range.endContainer) ? offsetIn(end, range.endContainer, range.endOffset) : endText.length },
        start === end,
        words,
      )
    : '';
  quoteUrl = directive ? withTextDirective(url, directive) : url;
  // Last in the passage body (which holds only text), so Tab from the selection reaches it next.
  const body = end.parentElement;
  // Moving the button between pointerup and click would cancel the click.
  if (body && quoteButton.parentElement !== body) body.append(quoteButton);
  quoteButton.hidden = false;
  const box = body?.getBoundingClientRect();
  const rects = range.getClientRects();
  const last = rects[rects.length - 1];
  if (box && last) {
    quoteButton.style.top = `${last.bottom - box.top + 6}px`;
    // Under the start of the last line, away from where the pointer or the selection handle ends.
    quoteButton.style.left = `${Math.max(0, Math.min(last.left - box.left, box.width - quoteButton.offsetWidth))}px`;
  }
}

if (clipboard) {
  for (const section of document.querySelectorAll<HTMLElement>('[data-cite]')) {
    const button = section.querySelector<HTMLButtonElement>('.copy-link');
    if (!button) continue;
    button.hidden = false;
    button.addEventListener('click', () => copy(absolute(section), button));
  }
  if (quoteButton) {
    // Keep the selection when the button is pressed.
    quoteButton.addEventListener('pointerdown', (event) => event.preventDefault());
    quoteButton.addEventListener('click', () => copy(quoteUrl, quoteButton));
    document.addEventListener('selectionchange', onSelection);
    document.addEventListener('pointerdown', (event) => {
      dragging = event.pointerType === 'mouse' && event.target !== quoteButton;
    });
    document.addEventListener('pointerup', () => {
      dragging = false;
      onSelection();
    });
  }
}

