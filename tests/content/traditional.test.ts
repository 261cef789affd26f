import { describe, expect, it } from 'vitest';
import { scriptConverters } from '../../src/lib/chinese-script';
import { sectionLabel } from '../../src/lib/labels';
import { completeSentences } from '../../src/lib/sentences';
import { traditional } from '../../src/lib/traditional';
import { toSimplified, toTraditional } from '../../src/lib/traditional-script';
import { readContent } from '../support/content';

/**
 * The traditional edition says what the simplified text says: every sentence, converted and
 * converted back, is the same sentence — or content/traditional.json lists it with its reason.
 * The reviewed file stays honest: no stale exception, no correction that no longer applies.
 */
const { speech, passages } = readContent();
const sentences = [speech.title, ...passages.flatMap((p) => [sectionLabel(p.data), ...p.paragraphs.flatMap(completeSentences)])];
const excepted = new Set(traditional.exceptions.map((e) => e.sentence));

describe('the traditional edition', () => {
  it('converts every sentence back to itself, except the reviewed exceptions', () => {
    const failing = sentences.filter((s) => toSimplified(toTraditional(s)) !== s && !excepted.has(s));
    expect(failing.map((s) => `${s} → ${toTraditional(s)} → ${toSimplified(toTraditional(s))}`)).toEqual([]);
  });

  it('lists no exception that is not a failing sentence of the text', () => {
    const stale = [...excepted].filter((s) => !sentences.includes(s) || toSimplified(toTraditional(s)) === s);
    expect(stale).toEqual([]);
  });

  it('needs every correction: each fixes something OpenCC alone writes in this text', () => {
    const opencc = scriptConverters({ ...traditional, corrections: [] });
    const text = opencc.toTraditional(sentences.join('\n'));
    expect(traditional.corrections.filter((c) => !text.includes(c.from)).map((c) => c.from)).toEqual([]);
    expect(traditional.corrections.filter((c) => toTraditional(sentences.join('\n')).includes(c.from)).map((c) => c.from)).toEqual([]);
  });

  it('changes characters, never their number, sentence by sentence', () => {
    for (const sentence of sentences) expect([...toTraditional(sentence)]).toHaveLength([...sentence].length);
  });
});
