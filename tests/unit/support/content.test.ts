import { describe, expect, it } from 'vitest';
import { readContent, readPassages } from '../../support/content';
import { writeSite } from '../audit/fixture';

const priorities = Object.fromEntries(
  [1, 2, 3, 4, 5, 6, 7].map((n) => [
    `priority-${n}.md`,
    `---\nkind: priority\nnumber: ${n}\norder: ${n}\nsourceLines: [${n}]\n---\n\n第${n}段，含 \\*星号\\*。\n\n第二段。\n`,
  ]),
);
const attendance = '---\nkind: other\ntitle: 参加座谈会\norder: 8\nsourceLines: [9]\n---\n\n某某参加座谈会。\n';

describe('readPassages (the content files as every test reads them)', () => {
  it('derives page path, /full/ anchor, plain-text paragraphs and body text, in reading order', () => {
    const dir = writeSite({ ...priorities, 'attendance.md': attendance });
    const passages = readPassages(dir);
    expect(passages.map((p) => p.data.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(passages.map((p) => [p.id, p.path, p.anchor])).toContainEqual(['priority-5', 'priorities/5/', 'priority-5']);
    expect(passages.at(-1)).toMatchObject({ path: 'passages/attendance/', anchor: 'attendance', paragraphs: ['某某参加座谈会。'] });
    expect(passages[0]?.paragraphs).toEqual(['第1段，含 *星号*。', '第二段。']);
    expect(passages[0]?.text).toBe('第1段，含 *星号*。第二段。');
  });

  it('names the file and the field of invalid front matter', () => {
    const dir = writeSite({ 'priority-1.md': '---\nkind: priority\nnumber: 8\norder: 1\nsourceLines: [1]\n---\n\n文。\n' });
    expect(() => readPassages(dir)).toThrow(/priority-1\.md: field "number"/);
  });

  it('applies the collection rules (checkCollection): a reading order used twice', () => {
    const dir = writeSite({ ...priorities, 'attendance.md': attendance.replace('order: 8', 'order: 3') });
    expect(() => readPassages(dir)).toThrow(/priority-3\.md: field "order": 3 is also used by .*attendance\.md/);
  });

  it('refuses a body with anything but paragraphs, which the text checks would not see', () => {
    const dir = writeSite({ ...priorities, 'attendance.md': attendance.replace('某某', '## 标题\n\n某某') });
    expect(() => readPassages(dir)).toThrow(/attendance\.md: body: line 8 is a heading, not a paragraph/);
  });
});

describe('readContent', () => {
  it('reads content/ with speech.json validated by the site schema', () => {
    const { speech, passages } = readContent('content');
    expect(speech.title.length).toBeGreaterThan(0);
    expect(passages).toHaveLength(11);
  });

  it('names speech.json and the field when it is invalid', () => {
    const dir = writeSite({ 'speech.json': '{"title": ""}', 'passages/priority-1.md': priorities['priority-1.md']! });
    expect(() => readContent(dir)).toThrow(/speech\.json: field "title"/);
  });
});
