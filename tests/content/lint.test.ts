import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintContent, lintPassageFile } from '../../src/plugins/lint/content';

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Lint a copy of content/ after `breakIt` has changed it. */
async function lintBrokenCopy(breakIt: (dir: string) => Promise<void>): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'content-lint-'));
  temps.push(dir);
  await cp('content/passages', join(dir, 'passages'), { recursive: true });
  await cp('content/speech.json', join(dir, 'speech.json'));
  await breakIt(dir);
  return lintContent(dir);
}

/** Replace text in one passage file of the copy (the text must be there). */
function replaceIn(name: string, from: string | RegExp, to: string) {
  return async (dir: string) => {
    const path = join(dir, 'passages', `${name}.md`);
    const text = await readFile(path, 'utf8');
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`${String(from)} not found in ${name}.md`);
    await writeFile(path, changed);
  };
}

describe('content lint', () => {
  it('passes on content/ (remark-lint recommended, our rules, collection, speech.json)', async () => {
    expect(await lintContent('content')).toEqual([]);
  });

  describe('a broken content file fails with a message naming the file and the field', () => {
    it.each([
      ['a missing number', replaceIn('priority-5', /^number: 5\n/m, ''), /priority-5\.md: field "number": Required \(line 1, speech-lint:front-matter-schema\)/],
      ['number 8', replaceIn('priority-7', 'number: 7', 'number: 8'), /priority-7\.md: field "number": Number must be less than or equal to 7 \(line 3,/],
      ['a duplicate number', replaceIn('priority-6', 'number: 6', 'number: 5'), /priority-6\.md: field "number": 5 is also used by .*priority-5\.md/],
      ['a priority file missing', (dir: string) => unlink(join(dir, 'passages/priority-3.md')), /field "number": no file has priority number 3/],
      ['a title on the wrong kind', replaceIn('attendance', 'kind: other', 'kind: priority'), /attendance\.md: field "number": Required/],
      ['a misspelt field', replaceIn('priority-2', 'order:', 'ordre:'), /priority-2\.md: field "order": Required \(line 1,/],
      ['a duplicate order', replaceIn('attendance', 'order: 11', 'order: 10'), /han-zheng\.md: field "order": 10 is also used by .*attendance\.md/],
      ['an empty body', replaceIn('priority-2', /\n---\n\n[\s\S]*$/, '\n---\n'), /priority-2\.md: body: empty; a passage file needs the passage text after its front matter \(line 1, speech-lint:body-not-empty\)/],
      ['a sentence cut off', replaceIn('priority-4', '不能搞一刀切。', '不能搞一刀'), /priority-4\.md: body: paragraph does not end a sentence: "…指导，承认客观差异，不能搞一刀" \(line 9, speech-lint:paragraph-ends-sentence\)/],
      ['a cut left by a paragraph break', replaceIn('priority-6', '工作取得', '工作取\n\n得'), /priority-6\.md: body: paragraph does not end a sentence: "…击非法捕捞行为，务求禁渔工作取" \(line 9,/],
      ['a passage in two files', replaceIn('attendance', /\n$/, '\n\n海纳百川，有容乃大。\n'), /attendance\.md: body: sentence "海纳百川，有容乃大。" \(line 10\) also appears in .*priority-4\.md \(line 9\)/],
      ['a missing final newline (remark-lint recommended)', replaceIn('priority-1', /\n$/, ''), /priority-1\.md: Unexpected missing final newline character.*remark-lint:final-newline/],
      ['speech.json without a title', async (dir: string) => writeFile(join(dir, 'speech.json'), '{"missing":[],"removed":[],"joined":[]}'), /speech\.json: field "title": Required/],
      ['speech.json naming an unknown passage', async (dir: string) => {
        const speech = JSON.parse(await readFile(join(dir, 'speech.json'), 'utf8')) as { joined: { passage: string }[] };
        speech.joined[0]!.passage = 'priority-9';
        await writeFile(join(dir, 'speech.json'), JSON.stringify(speech));
      }, /speech\.json: field "joined\.0\.passage": no passage file has the id "priority-9"/],
    ])('%s', async (_, breakIt, message) => {
      const problems = await lintBrokenCopy(breakIt);
      expect(problems.join('\n')).toMatch(message);
    });
  });
});

describe('lint rules on tiny inputs', () => {
  const front = '---\nkind: other\ntitle: 甲\norder: 1\nsourceLines: [1]\n---\n';
  const lint = async (text: string) => (await lintPassageFile('p.md', text)).problems;

  it('accepts a valid passage', async () => {
    expect(await lint(`${front}\n甲说，好。\n\n他说“走。”\n`)).toEqual([]);
  });

  it('paragraph-ends-sentence reports each unfinished paragraph with its line', async () => {
    expect(await lint(`${front}\n甲说，好\n\n乙。\n\n丙要\n`)).toEqual([
      'p.md: body: paragraph does not end a sentence: "…甲说，好" (line 8, speech-lint:paragraph-ends-sentence)',
      'p.md: body: paragraph does not end a sentence: "…丙要" (line 12, speech-lint:paragraph-ends-sentence)',
    ]);
  });

  it('front-matter-schema reports a missing front matter and invalid YAML', async () => {
    expect(await lint('甲。\n')).toEqual([
      'p.md: front matter: missing; a passage file starts with YAML between --- lines (line 1, speech-lint:front-matter-schema)',
    ]);
    expect((await lint('---\nkind: [\n---\n\n甲。\n'))[0]).toMatch(/^p\.md: front matter: invalid YAML: /);
  });

  it('body-not-empty reports front matter without text', async () => {
    expect(await lint(front)).toEqual([
      'p.md: body: empty; a passage file needs the passage text after its front matter (line 1, speech-lint:body-not-empty)',
    ]);
  });
});
