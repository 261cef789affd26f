/**
 * The importer's data, one module for every rule (scripts/import/*.ts) to share, so the rules
 * depend on these types and not on each other.
 */
import type { PassageData } from '../../src/schema/passage';
import type { Speech } from '../../src/schema/speech';

/** One source paragraph: its trimmed text and the 1-based line it starts on. */
export interface Paragraph {
  line: number;
  text: string;
}

/** One output paragraph: source paragraphs joined because all but the last left a sentence unfinished. */
export interface Block {
  paragraphs: Paragraph[];
  text: string;
}

/** A source paragraph left out because its text already occurs in the kept text. */
export interface Removal {
  line: number;
  text: string;
  /** Line of the kept paragraph where the earlier copy of the text starts. */
  duplicateOfLine: number;
}

/** A numbered priority while grouping: its number, heading phrase and blocks. */
export interface PriorityDraft {
  number: number;
  /** Absent when the source lacks the priority's opening (text before the first numbered priority). */
  title: string | undefined;
  blocks: Block[];
}

export interface Grouping {
  priorities: PriorityDraft[];
  /** Blocks after the last priority's opening paragraph, each its own passage. */
  rest: Block[];
}

/** A row of the table that names the passages after the last priority (other-passages.ts). */
export interface OtherPassageEntry {
  id: string;
  /** Words of the passage itself: nothing invented. */
  title: string;
  /** The passage starts with these words… */
  opening?: string;
  /** …or ends with these. */
  closing?: string;
}

export interface PassageOutput {
  id: string;
  data: PassageData;
  blocks: Block[];
}

export interface ImportResult {
  passages: PassageOutput[];
  speech: Speech;
  /** File contents keyed by path relative to the content directory. */
  files: Map<string, string>;
}
