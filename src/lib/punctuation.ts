/**
 * Chinese punctuation classes, one home for every rule that cuts text: sentences (content lint,
 * fidelity check, importer, descriptions), clauses (importer's repeat detection, descriptions)
 * and search excerpts.
 */

/** Marks that end a sentence. */
export const SENTENCE_END = '。！？';
/** Closing quotation marks, which may follow a sentence end and still belong to the sentence. */
export const CLOSING_QUOTE = '”’」』';
/** Marks that end a clause inside a sentence. */
export const CLAUSE_END = '，、；：';

const sentenceEnd = new RegExp(`[${SENTENCE_END}]`, 'u');
const clauseBoundary = new RegExp(`[${SENTENCE_END}${CLAUSE_END}${CLOSING_QUOTE}]`, 'u');

/** True for a mark that ends a sentence (。！？). */
export const isSentenceEnd = (char: string): boolean => sentenceEnd.test(char);

/** True for a mark after which a new clause starts: a sentence or clause end, or a closing quote. */
export const isClauseBoundary = (char: string): boolean => clauseBoundary.test(char);

const clauseEnd = new RegExp(`[${CLAUSE_END}]`, 'u');

/** True for a mark that ends a clause inside a sentence (，、；：). */
export const isClauseEnd = (char: string): boolean => clauseEnd.test(char);

/** The Chinese ellipsis (two U+2026), for text left out of a quotation or excerpt. */
export const ELLIPSIS = '……';
