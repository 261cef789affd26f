import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { PassageLike } from '../schema/collection';
import { ELLIPSIS, isClauseEnd } from './punctuation';
import { passagePath } from './routes';
import { splitSentences } from './sentences';

/** Parsed bodies: every page and search file reads the same 11 passages. */
const parsed = new Map<string, readonly string[]>();

/** The paragraphs of a Markdown body as plain text (escapes and syntax resolved). */
export function paragraphsOf(markdown: string): string[] {
  let paragraphs = parsed.get(markdown);
  if (!paragraphs) {
    const found: string[] = [];
    visit(unified().use(remarkParse).parse(markdown), 'paragraph', (node: Paragraph) => {
      found.push(toString(node));
    });
    paragraphs = found;
    parsed.set(markdown, paragraphs);
  }
  return [...paragraphs];
}

/** What search reads of each passage: its page path ("priorities/5/") and its text, paragraph by paragraph. */
export function sectionTexts(passages: readonly (PassageLike & { body?: string | undefined })[]): { path: string; text: string }[] {
  return passages.map((passage) => ({ path: passagePath(passage), text: paragraphsOf(passage.body ?? '').join('\n') }));
}

/**
 * A description of at most `max` characters taken from the start of `text`: whole sentences
 * where they fit, otherwise cut after a clause, with "……" when text is left out. Never adds words.
 */
export function summarize(text: string, max = 100): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = max - ELLIPSIS.length;
  let summary = '';
  for (const sentence of splitSentences(clean)) {
    if (summary.length + sentence.length > room) break;
    summary += sentence;
  }
  if (summary.length < max / 2) {
    let cut = clean.slice(0, room);
    for (let i = cut.length - 1; i > summary.length; i--) {
      if (isClauseEnd(cut.charAt(i))) {
        cut = cut.slice(0, i);
        break;
      }
    }
    summary = cut;
  }
  return summary + ELLIPSIS;
}

/**
 * At most `max` characters of `text`, with "……" when cut: for naming a passage, not quoting it.
 * A clause mark or space right before the cut goes ("定政策……", not "定政策、……").
 */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  while (end > 0 && (isClauseEnd(text.charAt(end - 1)) || /\s/u.test(text.charAt(end - 1)))) end--;
  return text.slice(0, end) + ELLIPSIS;
}

/**
 * `text` with the characters that would show as nothing or as "�" written as visible escapes
 * ("[U+200B]"): control and format characters (zero-width spaces and joiners, direction marks),
 * line and paragraph separators, lone surrogates and U+FFFD itself. For repeating what a reader
 * typed, so a status line never says 未找到“” about a query that is not empty.
 */
export function visibleText(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\uFFFD]/gu, (char) => `[U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}]`);
}
