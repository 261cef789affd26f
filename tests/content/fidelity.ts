/**
 * The fidelity check: the content says exactly what the source says. Deliberately independent
 * of the importer (scripts/import/): it never rebuilds the content, it aligns the content's
 * sentences with the source's.
 */
import { endsSentence, splitSentences } from '../../src/lib/sentences';
import type { ContentPassage } from '../support/content';

/** What the check reads: the headline and the passages (read by tests/support/content.ts). */
export interface FidelityInput {
  speech: { title: string };
  passages: readonly Pick<ContentPassage, 'id' | 'data' | 'paragraphs'>[];
}

/** A sentence or unfinished fragment of the source, at (line, index within its paragraph). */
interface Piece {
  line: number;
  index: number;
  text: string;
  finished: boolean;
  /** Whether the piece is the last of its paragraph. */
  last: boolean;
}

function sourcePieces(source: string): Piece[] {
  const pieces: Piece[] = [];
  let line = 0;
  for (const raw of source.split('\n')) {
    line += 1;
    const sentences = splitSentences(raw.trim());
    sentences.forEach((text, index) =>
      pieces.push({ line, index, text, finished: endsSentence(text), last: index === sentences.length - 1 }),
    );
  }
  return pieces;
}

const before = (a: Piece, b: Piece) => a.line < b.line || (a.line === b.line && a.index < b.index);

/**
 * Where a content sentence comes from: a whole source sentence, or a sentence the source cut
 * across a paragraph break (an unfinished last piece, then the first piece of a later paragraph).
 */
function origins(sentence: string, pieces: readonly Piece[]): Piece[][] {
  const whole = pieces.filter((p) => p.finished && p.text === sentence).map((p) => [p]);
  const joined = pieces
    .filter((tail) => !tail.finished && tail.last && sentence.startsWith(tail.text))
    .flatMap((tail) =>
      pieces
        .filter((head) => head.index === 0 && head.finished && before(tail, head) && tail.text + head.text === sentence)
        .map((head) => [tail, head]),
    );
  return [...whole, ...joined];
}

/**
 * Problems (empty when faithful): every source sentence appears in exactly one content file,
 * whole and in source order; every content sentence comes from the source.
 */
export function checkFidelity(source: string, content: FidelityInput): string[] {
  const problems: string[] = [];
  const pieces = sourcePieces(source);
  const covered = new Set<Piece>();
  const firstSeen = new Map<string, string>();
  let previous: { piece: Piece; file: string } | undefined;

  const { title } = content.speech;
  if (!source.split('\n').some((line) => line.trim() === title)) {
    problems.push(`speech.json: title "${title}" is not a line of the source`);
  }
  // Sorted here, not trusted: a copy with changed orders must be read in its new order.
  const passages = [...content.passages].sort((a, b) => a.data.order - b.data.order);
  for (const { id, paragraphs } of passages) {
    const file = `passages/${id}.md`;
    paragraphs.forEach((paragraph, p) => {
      for (const sentence of splitSentences(paragraph)) {
        if (!endsSentence(sentence)) {
          problems.push(`${file}: paragraph ${p + 1} is cut: "${sentence}" does not end a sentence`);
          continue;
        }
        const twin = firstSeen.get(sentence);
        if (twin) problems.push(`${file}: sentence "${sentence}" is duplicated (also in ${twin})`);
        firstSeen.set(sentence, file);

        const found = origins(sentence, pieces);
        if (found.length === 0) {
          problems.push(`${file}: sentence "${sentence}" is not in the source (invented or altered)`);
          continue;
        }
        found.flat().forEach((piece) => covered.add(piece));
        const first = found.map((chain) => chain[0]!).reduce((a, b) => (before(b, a) ? b : a));
        if (previous && !before(previous.piece, first)) {
          problems.push(
            `${file}: sentence "${sentence}" (source line ${first.line}) is out of source order: ` +
              `it follows a sentence from source line ${previous.piece.line} (${previous.file})`,
          );
        }
        previous = { piece: first, file };
      }
    });
  }

  const allText = [title, ...firstSeen.keys()];
  for (const piece of pieces) {
    // A piece no content sentence comes from is a heading line, or the rest of a paragraph after
    // one (the repeated block splits "习近平强调，要…" into two): its words must still be there.
    const accounted = covered.has(piece) || allText.some((text) => text.includes(piece.text));
    if (!accounted) problems.push(`source line ${piece.line}: sentence "${piece.text}" is missing from the content`);
  }
  return problems;
}
