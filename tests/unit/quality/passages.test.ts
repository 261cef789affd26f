import { describe, expect, it } from 'vitest';
import { readPassages } from '../../build/support/passages';
import { writeSite } from './fixture';

describe('readPassages (what the build tests expect each page to show)', () => {
  it('derives page path, /full/ anchor and plain-text paragraphs from a content file', () => {
    const priorities = Object.fromEntries(
      [1, 2, 3, 4, 5, 6, 7].map((n) => [
        `priority-${n}.md`,
        `---\nkind: priority\nnumber: ${n}\norder: ${n}\nsourceLines: [${n}]\n---\n\n第${n}段，含 \\*星号\\*。\n\n第二段。\n`,
      ]),
    );
    const dir = writeSite({
      ...priorities,
      'attendance.md': '---\nkind: other\ntitle: 参加座谈会\norder: 8\nsourceLines: [9]\n---\n\n某某参加座谈会。\n',
    });
    const passages = readPassages(dir);
    expect(passages.map((p) => [p.id, p.path, p.anchor])).toContainEqual(['priority-5', 'priorities/5/', 'priority-5']);
    expect(passages.at(-1)).toMatchObject({ path: 'passages/attendance/', anchor: 'attendance', paragraphs: ['某某参加座谈会。'] });
    expect(passages[0]?.paragraphs).toEqual(['第1段，含 *星号*。', '第二段。']);
  });

  it('names the file and the field of invalid front matter', () => {
    const dir = writeSite({ 'priority-1.md': '---\nkind: priority\nnumber: 8\norder: 1\nsourceLines: [1]\n---\n\n文。\n' });
    expect(() => readPassages(dir)).toThrow(/priority-1\.md: field "number"/);
  });
});
