import { CLOSING_QUOTE, SENTENCE_END } from './punctuation';

/**
 * Chinese sentence boundaries, shared by the content lint, the fidelity check, the importer and page descriptions:
 * a sentence ends with 。！？ (possibly several), optionally followed by closing quotes.
 */
const ENDS_SENTENCE = new RegExp(`[${SENTENCE_END}]+[${CLOSING_QUOTE}]*$`, 'u');
const SENTENCE_OR_TAIL = new RegExp(`[^${SENTENCE_END}]*[${SENTENCE_END}]+[${CLOSING_QUOTE}]*|[^${SENTENCE_END}]+$`, 'gu');

/** True when the text ends a sentence (ignoring trailing white space). */
export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text.trimEnd());
}

/**
 * Split text into sentences, in order; concatenated they give the text back. The last item
 * is an unfinished fragment when the text does not end a sentence.
 */
export function splitSentences(text: string): string[] {
  return text.match(SENTENCE_OR_TAIL) ?? [];
}

/** The complete sentences of a text: every sentence except an unfinished fragment at its end. */
export function completeSentences(text: string): string[] {
  return splitSentences(text).filter(endsSentence);
}
