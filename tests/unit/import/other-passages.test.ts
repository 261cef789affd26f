import { describe, expect, it } from 'vitest';
import { joinParagraphs } from '../../../scripts/import/join';
import { nameOtherPassage, OTHER_PASSAGES } from '../../../scripts/import/other-passages';
import type { OtherPassageEntry } from '../../../scripts/import/types';
import { paragraphs } from './synthetic';

const block = (text: string) => joinParagraphs(paragraphs(text))[0]!;

describe('nameOtherPassage (rule 6)', () => {
  it.each([
    ['习近平强调，要做好。', 'xi-jinping-stresses', '习近平强调'],
    ['习近平指出，要做好。', 'xi-jinping-points-out', '习近平指出'],
    ['韩正在讲话中表示，要做好。', 'han-zheng', '韩正在讲话中表示'],
    ['甲、乙参加座谈会。', 'attendance', '参加座谈会'],
  ])('names "%s" by its own words', (text, id, title) => {
    expect(nameOtherPassage(block(text))).toEqual({ id, title });
  });

  it('uses words of the passage for every title in the table', () => {
    for (const entry of OTHER_PASSAGES) expect(`${entry.opening ?? ''}${entry.closing ?? ''}`).toContain(entry.title);
  });

  it('asks for a table entry when nothing matches, naming the line', () => {
    expect(() => nameOtherPassage(block('李强表示，要做好。'))).toThrow(
      expect.objectContaining({ line: 1, message: expect.stringMatching(/no entry in scripts\/import\/other-passages.ts matches the passage "李强表示，要做好。…"; add an entry/) }),
    );
  });

  it('rejects a passage that matches two entries', () => {
    expect(() => nameOtherPassage(block('习近平强调，甲参加座谈会。'))).toThrow(/matches several entries: xi-jinping-stresses, attendance/);
  });

  it('rejects a table title that is not words of the passage', () => {
    const table: OtherPassageEntry[] = [{ id: 'made-up', title: '编造的标题', opening: '甲说，' }];
    expect(() => nameOtherPassage(block('甲说，好。'), table)).toThrow(/title "编造的标题" of entry made-up is not words of its passage/);
  });
});
