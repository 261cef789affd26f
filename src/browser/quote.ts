import { quoteUi } from '../i18n/ui';
import { quoteLink } from './text-fragment';

/**
 * What the quote buttons copy. A chunk of its own (with the text-fragment generator), loaded on
 * the first selection in a passage (src/browser/enhance.ts).
 */

/** 复制引用链接 copies the link; 复制引用 the quote with its source and link. */
export type QuoteKind = 'link' | 'quote';

/** Clipboard contents by MIME type: text/plain always, text/html for 复制引用. */
export type ClipboardData = Partial<Record<'text/plain' | 'text/html', string>>;

/** Where the quote is from. */
export interface QuoteSource {
  /** The section's absolute URL. */
  url: string;
  /** The section's name (src/lib/labels.ts). */
  label: string;
  /** The speech's title. */
  title: string;
}

/**
 * The part of each paragraph of the text that `range` covers, in order, trimmed; paragraphs it only
 * touches are left out, and so are the page's own (the QR code's caption between two sections).
 */
export function quotedParagraphs(range: Range): string[] {
  const common = range.commonAncestorContainer;
  const container = (common instanceof Element ? common : common.parentElement) as Element;
  const own = container.closest('p');
  const paragraphs = own ? [own] : [...container.querySelectorAll('.passage-body p')].filter((p) => range.intersectsNode(p));
  return paragraphs
    .map((paragraph) => {
      const part = document.createRange();
      part.selectNodeContents(paragraph);
      if (part.comparePoint(range.startContainer, range.startOffset) === 0) part.setStart(range.startContainer, range.startOffset);
      if (part.comparePoint(range.endContainer, range.endOffset) === 0) part.setEnd(range.endContainer, range.endOffset);
      return part.toString().trim();
    })
    .filter(Boolean);
}

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The quote as plain text for chat apps (“……”——第五 …，《…》 and the link on its own line) and as
 * HTML for documents (a blockquote, then the source with the section linked).
 */
export function formatQuote(paragraphs: readonly string[], source: QuoteSource, link: string): Required<ClipboardData> {
  const href = escapeHtml(link);
  const attribution = quoteUi.source(`<a href="${href}">${escapeHtml(source.label)}</a>`, `<cite>${escapeHtml(source.title)}</cite>`);
  return {
    'text/plain': quoteUi.plain(paragraphs.join('\n'), quoteUi.source(source.label, source.title), link),
    'text/html': `<blockquote cite="${href}">${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</blockquote><p>${attribution}</p>`,
  };
}

/** What `kind` copies for the selected `range`. */
export function clipboardData(kind: QuoteKind, range: Range, source: QuoteSource): ClipboardData {
  const link = quoteLink(source.url, range);
  return kind === 'link' ? { 'text/plain': link } : formatQuote(quotedParagraphs(range), source, link);
}
