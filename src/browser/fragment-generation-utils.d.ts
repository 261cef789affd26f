/**
 * Types for the part of text-fragments-polyfill that src/browser/text-fragment.ts uses: the
 * generator behind Chromium's "Copy link to highlight" (the package ships no types).
 */
declare module 'text-fragments-polyfill/dist/fragment-generation-utils.js' {
  /** A text directive's parts, as the generator finds them (normalised: NFKD, lower case). */
  export interface TextFragment {
    textStart: string;
    textEnd?: string;
    prefix?: string;
    suffix?: string;
  }
  export const GenerateFragmentStatus: {
    readonly SUCCESS: 0;
    readonly INVALID_SELECTION: 1;
    readonly AMBIGUOUS: 2;
    readonly TIMEOUT: 3;
    readonly EXECUTION_FAILED: 4;
  };
  export interface GenerateFragmentResult {
    status: (typeof GenerateFragmentStatus)[keyof typeof GenerateFragmentStatus];
    fragment?: TextFragment;
  }
  /** Widens `range` to word boundaries (it changes the range) and finds a fragment unique in the document. */
  export function generateFragmentFromRange(range: Range, startTime?: number): GenerateFragmentResult;
  export function isValidRangeForFragmentGeneration(range: Range): boolean;
  /** How long generation may run, in ms (default 500; null: no limit). */
  export function setTimeout(milliseconds: number | null): void;
}
