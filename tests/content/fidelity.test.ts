import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent, type Content } from '../support/content';
import { checkFidelity, type FidelityInput } from './fidelity';

let source: string;
let content: Content;

beforeAll(async () => {
  source = await readFile('content/source/speech.txt', 'utf8');
  content = readContent('content');
});

/** An in-memory copy of the content with one passage's paragraphs changed. */
function edit(id: string, change: (paragraphs: string[]) => string[]): FidelityInput {
  const passages = content.passages.map((p) => (p.id === id ? { ...p, paragraphs: change([...p.paragraphs]) } : p));
  if (passages.every((p, i) => p === content.passages[i])) throw new Error(`no passage ${id}`);
  return { ...content, passages };
}

describe('fidelity: the content says exactly what the source says', () => {
  it('holds for content/: every source sentence once, whole, in order; nothing invented', () => {
    expect(checkFidelity(source, content)).toEqual([]);
  });

  it('reads sentences the source cut across a break as whole sentences', () => {
    const sentences = content.passages.map((p) => p.text).join('');
    expect(sentences).toContain('因地制宜、分类指导，承认客观差异，不能搞一刀切。');
    expect(sentences).toContain('务求禁渔工作取得扎实成效。');
    expect(sentences).toContain('要注重在非公有制经济组织中发展党员');
    expect(sentences).toContain('协同推进原始创新、技术创新和产业创新，形成科技创新和制造业研发高地。');
  });

  describe('fails with a clear message on corrupted copies', () => {
    it('a missing sentence', () => {
      const broken = edit('priority-3', ([p]) => [p!.replace('同时，不能一律大拆大建，要注意保护好历史文化和城市风貌，避免“千城一面、万楼一貌”。', '')]);
      expect(checkFidelity(source, broken)).toEqual([
        'source line 9: sentence "同时，不能一律大拆大建，要注意保护好历史文化和城市风貌，避免“千城一面、万楼一貌”。" is missing from the content',
      ]);
    });

    it('a duplicated sentence', () => {
      const broken = edit('priority-2', (ps) => [...ps, '海纳百川，有容乃大。']);
      expect(checkFidelity(source, broken)).toContain('passages/priority-4.md: sentence "海纳百川，有容乃大。" is duplicated (also in passages/priority-2.md)');
    });

    it('the repeated block kept twice', () => {
      const repeat = '要多谋民生之利、多解民生之忧，在一体化发展中补齐民生短板。';
      const broken = edit('attendance', (ps) => [repeat, ...ps]);
      expect(checkFidelity(source, broken)).toEqual(
        expect.arrayContaining([expect.stringMatching(/passages\/attendance\.md: sentence "要多谋民生之利.*" is duplicated \(also in passages\/priority-7\.md\)/)]),
      );
    });

    it('reordered sentences', () => {
      const broken = edit('priority-2', ([p]) => {
        const [lead, a, b, c] = p!.match(/[^。]+。/g)!;
        return [lead! + b! + a! + c!];
      });
      expect(checkFidelity(source, broken)).toEqual([
        expect.stringMatching(/^passages\/priority-2\.md: sentence "创新主动权、发展主动权必须牢牢掌握在自己手中。" \(source line 7\) is out of source order/),
      ]);
    });

    it('reordered passages', () => {
      const swapped = new Map([['priority-2', 3], ['priority-3', 2]]);
      const passages = content.passages.map((p) => {
        const order = swapped.get(p.id);
        return order ? { ...p, data: { ...p.data, order } } : p;
      });
      expect(checkFidelity(source, { ...content, passages })[0]).toMatch(
        /^passages\/priority-2\.md: sentence "第二，加大科技攻关力度。" \(source line 7\) is out of source order: it follows a sentence from source line 9 \(passages\/priority-3\.md\)/,
      );
    });

    it('a sentence cut by a paragraph break', () => {
      const broken = edit('priority-6', ([p]) => p!.replace('工作取得', '工作取\n得').split('\n'));
      expect(checkFidelity(source, broken)).toEqual([
        'passages/priority-6.md: paragraph 1 is cut: "要强化执法监管，严厉打击非法捕捞行为，务求禁渔工作取" does not end a sentence',
        'source line 17: sentence "要强化执法监管，严厉打击非法捕捞行为，务求禁渔工作取" is missing from the content',
        'source line 37: sentence "要强化执法监管，严厉打击非法捕捞行为，务求禁渔工作取得扎实成效。" is missing from the content',
      ]);
    });

    it('a sentence cut short', () => {
      const broken = edit('han-zheng', ([p]) => [p!.replace('，完善一体化体制机制', '')]);
      expect(checkFidelity(source, broken)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^passages\/han-zheng\.md: sentence "要着力强化高效协同，加强生态环境.*" is not in the source/),
          expect.stringMatching(/^source line 51: sentence "要着力强化高效协同，完善一体化体制机制.*" is missing from the content/),
        ]),
      );
    });

    it('an invented sentence', () => {
      const broken = edit('attendance', (ps) => [...ps, '会议取得圆满成功。']);
      expect(checkFidelity(source, broken)).toEqual(['passages/attendance.md: sentence "会议取得圆满成功。" is not in the source (invented or altered)']);
    });

    it('an invented headline', () => {
      expect(checkFidelity(source, { ...content, speech: { title: '长三角座谈会' } })).toEqual(
        expect.arrayContaining(['speech.json: title "长三角座谈会" is not a line of the source']),
      );
    });
  });
});
