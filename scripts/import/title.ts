import { endsSentence } from '../../src/lib/sentences';
import { ImportError } from './errors';
import type { Paragraph } from './types';
import { priorityNumber } from './priorities';

/** Rule 2: the first paragraph is the headline, unless it ends a sentence or opens a priority. */
export function takeTitle(paragraphs: readonly Paragraph[]): { title: string; body: Paragraph[] } {
  const [first, ...body] = paragraphs;
  if (!first) throw new ImportError('no title: the source is empty');
  if (endsSentence(first.text)) {
    throw new ImportError(`no title: the first paragraph ends a sentence, so it is body text: "${first.text.slice(0, 30)}"`, first.line);
  }
  if (priorityNumber(first.text) !== undefined) {
    throw new ImportError(`no title: the first paragraph opens a numbered priority: "${first.text.slice(0, 30)}"`, first.line);
  }
  return { title: first.text, body };
}
