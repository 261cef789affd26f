import { describe, expect, it } from 'vitest';
import { importSpeech, missingOpeningNote } from '../../../scripts/import/pipeline';
import { priority, source, TITLE, validSpeech } from './synthetic';

describe('importSpeech (all rules together, in memory)', () => {
  // Imported inside each test, so mutation testing sees which tests run the importer.
  const importValid = () => importSpeech(source(...validSpeech()));

  it('writes one file per passage plus speech.json', () => {
    const result = importValid();
    expect([...result.files.keys()]).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `passages/priority-${n}.md`),
      'passages/xi-jinping-stresses.md',
      'passages/attendance.md',
      'speech.json',
    ]);
  });

  it('gives the first priority no title and a note saying the source begins in its middle', () => {
    const result = importValid();
    expect(result.passages[0]?.data).toEqual({ kind: 'priority', number: 1, order: 1, note: missingOpeningNote(1), sourceLines: [4] });
    expect(missingOpeningNote(1)).toMatch(/原文从第一条中途开始.*开头和标题缺失/);
    expect(result.speech.missing).toEqual([
      { passage: 'priority-1', what: 'opening' },
      { passage: 'priority-1', what: 'title' },
    ]);
  });

  it('keeps the lead sentence of a priority in its body and its heading phrase in the title', () => {
    const result = importValid();
    expect(result.files.get('passages/priority-5.md')).toBe(
      `---\nkind: priority\nnumber: 5\ntitle: 标题5\norder: 5\nsourceLines: [12]\n---\n\n${priority(5)}\n`,
    );
  });

  it('numbers the reading order 1…N and names the other passages from the table', () => {
    const result = importValid();
    expect(result.passages.map((p) => [p.id, p.data.order])).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => [`priority-${n}`, n]),
      ['xi-jinping-stresses', 8],
      ['attendance', 9],
    ]);
  });

  it('records removed and joined paragraphs in speech.json, against the passage holding the text', () => {
    const text = [TITLE, '尾句一。', ...validSpeech().slice(2, 7), '第七，标题7。正文', '7。', '习近平强调，要做好。'];
    const { speech, passages } = importSpeech(source(...text, '习近平强调', '第七，标题7。正文7。', '甲、乙参加座谈会。'));
    expect(speech.joined).toEqual([{ lines: [16, 18], passage: 'priority-7' }]);
    expect(speech.removed).toEqual([
      { line: 22, text: '习近平强调', duplicateOf: 'xi-jinping-stresses' },
      { line: 24, text: '第七，标题7。正文7。', duplicateOf: 'priority-7' },
    ]);
    expect(passages.find((p) => p.id === 'priority-7')?.data.sourceLines).toEqual([16, 18]);
  });

  it('writes speech.json as indented JSON with a final newline', () => {
    const result = importValid();
    const expected = {
      title: TITLE,
      missing: [
        { passage: 'priority-1', what: 'opening' },
        { passage: 'priority-1', what: 'title' },
      ],
      removed: [],
      joined: [],
    };
    expect(result.files.get('speech.json')).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(result.files.get('speech.json')).toMatch(/^\{\n {2}"title": "某某座谈会 给出“指南”",\n/);
  });

  it('is deterministic', () => {
    expect(importValid().files).toEqual(importValid().files);
  });

  it('rejects two passages that get the same id', () => {
    expect(() => importSpeech(source(...validSpeech(), '丙、丁参加座谈会。'))).toThrow(/two passages get the id attendance/);
  });
});
