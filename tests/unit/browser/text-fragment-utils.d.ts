/**
 * Types for the matcher half of text-fragments-polyfill, which the unit tests use to check which
 * text a generated directive selects (the package ships no types).
 */
declare module 'text-fragments-polyfill/text-fragment-utils' {
  import type { TextFragment } from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
  /** The directives in a URL's fragment, e.g. { text: ['a-,b'] }. */
  export function getFragmentDirectives(hash: string): { text?: string[] };
  export function parseFragmentDirectives(directives: { text?: string[] }): { text?: TextFragment[] };
  /** The first two ranges the directive matches in the document. */
  export function processTextFragmentDirective(fragment: TextFragment): Range[];
}
