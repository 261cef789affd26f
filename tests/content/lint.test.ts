import { cp, mkdtemp, readFile, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import type { Plugin } from 'unified';
import bodyNotEmpty from '../../scripts/content-lint/body-not-empty';
import collection from '../../scripts/content-lint/collection';
import frontMatterSchema from '../../scripts/content-lint/front-matter-schema';
import noRepeatedSentence from '../../scripts/content-lint/no-repeated-sentence';
import paragraphEndsSentence from '../../scripts/content-lint/paragraph-ends-sentence';
import contentLint from '../../scripts/content-lint/preset';
import { checkSpeechRecord } from '../../scripts/content-lint/speech-record';

/**
 * The content linter as `npm run lint:content` runs it (the preset of .remarkrc.mjs), in-process:
 * every message as "<file>: <reason> (line N, <source>:<rule>)".
 */
const linter = unified().use(remarkParse).use(contentLint);

async function lintFile(path: string, text = readFileSync(path, 'utf8')): Promise<string[]> {
  const file = new VFile({ path, value: text });
  await linter.run(linter.parse(file), file);
  return file.messages.map((m) => `${path}: ${m.reason} (line ${m.line ?? '?'}, ${m.source ?? ''}:${m.ruleId ?? ''})`);
}

/** Lint a content directory: its passage files, then speech.json. */
async function lintContent(dir: string): Promise<string[]> {
  const passages = join(dir, 'passages');
  const names = readdirSync(passages).filter((name) => name.endsWith('.md')).sort();
  const problems = (await Promise.all(names.map((name) => lintFile(join(passages, name))))).flat();
  return [...problems, ...checkSpeechRecord(dir)];
}

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
      ['a missing number', replaceIn('priority-5', /^number: 5\n/m, ''), /priority-5\.md: field "number": Invalid input: expected number, received undefined \(line 1, speech-lint:front-matter-schema\)/],
      ['number 8', replaceIn('priority-7', 'number: 7', 'number: 8'), /priority-7\.md: field "number": Too big: expected number to be <=7 \(line 3,/],
      ['a duplicate number', replaceIn('priority-6', 'number: 6', 'number: 5'), /priority-6\.md: field "number": 5 is also used by priority-5\.md \(line 1, speech-lint:collection\)/],
      ['a priority file missing', (dir: string) => unlink(join(dir, 'passages/priority-3.md')), /attendance\.md: content\/passages: field "number": no file has priority number 3 \(line 1, speech-lint:collection\)/],
      ['a title on the wrong kind', replaceIn('attendance', 'kind: other', 'kind: priority'), /attendance\.md: field "number": Invalid input: expected number, received undefined/],
      ['a misspelt field', replaceIn('priority-2', 'order:', 'ordre:'), /priority-2\.md: field "order": Invalid input: expected number, received undefined \(line 1,/],
      ['a duplicate order', replaceIn('attendance', 'order: 11', 'order: 10'), /han-zheng\.md: field "order": 10 is also used by attendance\.md \(line 1, speech-lint:collection\)/],
      ['an empty body', replaceIn('priority-2', /\n---\n\n[\s\S]*$/, '\n---\n'), /priority-2\.md: body: empty; a passage file needs the passage text after its front matter \(line 1, speech-lint:body-not-empty\)/],
      ['a sentence cut off', replaceIn('priority-4', '不能搞一刀切。', '不能搞一刀'), /priority-4\.md: body: paragraph does not end a sentence: "…指导，承认客观差异，不能搞一刀" \(line 9, speech-lint:paragraph-ends-sentence\)/],
      ['a cut left by a paragraph break', replaceIn('priority-6', '工作取得', '工作取\n\n得'), /priority-6\.md: body: paragraph does not end a sentence: "…击非法捕捞行为，务求禁渔工作取" \(line 9,/],
      ['a passage in two files', replaceIn('attendance', /\n$/, '\n\n海纳百川，有容乃大。\n'), /attendance\.md: body: sentence "海纳百川，有容乃大。" also appears in priority-4\.md \(line 9\) \(line 10, speech-lint:no-repeated-sentence\)/],
      ['a missing final newline (remark-lint recommended)', replaceIn('priority-1', /\n$/, ''), /priority-1\.md: Unexpected missing final newline character.*remark-lint:final-newline/],
      ['speech.json without a title', async (dir: string) => writeFile(join(dir, 'speech.json'), '{"missing":[],"removed":[],"joined":[]}'), /speech\.json: field "title": Invalid input: expected string, received undefined/],
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
  const front = (order = 1, title = '甲') => `---\nkind: other\ntitle: ${title}\norder: ${order}\nsourceLines: [1]\n---\n`;

  /** Run one rule over files p1.md, p2.md, … written to a fresh directory; the messages on file `at`. */
  async function lint(rule: Plugin<[], Root>, texts: string[], at = 0): Promise<string[]> {
    const dir = await mkdtemp(join(tmpdir(), 'content-lint-'));
    temps.push(dir);
    const names = texts.map((_, i) => `p${i + 1}.md`);
    await Promise.all(texts.map((text, i) => writeFile(join(dir, names[i]!), text)));
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(rule);
    const file = new VFile({ path: join(dir, names[at]!), value: texts[at] });
    await processor.run(processor.parse(file), file);
    return file.messages.map((m) => `${m.reason} (line ${m.line ?? '?'}, ${m.source ?? ''}:${m.ruleId ?? ''})`);
  }

  it('paragraph-ends-sentence: silent on finished paragraphs, reports each unfinished one with its line', async () => {
    expect(await lint(paragraphEndsSentence, [`${front()}\n甲说，好。\n\n他说“走。”\n`])).toEqual([]);
    expect(await lint(paragraphEndsSentence, [`${front()}\n甲说，好\n\n乙。\n\n丙要\n`])).toEqual([
      'body: paragraph does not end a sentence: "…甲说，好" (line 8, speech-lint:paragraph-ends-sentence)',
      'body: paragraph does not end a sentence: "…丙要" (line 12, speech-lint:paragraph-ends-sentence)',
    ]);
  });

  it('front-matter-schema: silent on valid data, reports missing front matter, invalid YAML and each bad field at its line', async () => {
    expect(await lint(frontMatterSchema, [`${front()}\n甲。\n`])).toEqual([]);
    expect(await lint(frontMatterSchema, ['甲。\n'])).toEqual([
      'front matter: missing; a passage file starts with YAML between --- lines (line 1, speech-lint:front-matter-schema)',
    ]);
    expect((await lint(frontMatterSchema, ['---\nkind: [\n---\n\n甲。\n']))[0]).toMatch(/^front matter: invalid YAML: /);
    expect(await lint(frontMatterSchema, ['---\nkind: other\ntitle: 甲\norder: 0\n---\n\n甲。\n'])).toEqual([
      'field "order": Too small: expected number to be >0 (line 4, speech-lint:front-matter-schema)',
      'field "sourceLines": Invalid input: expected array, received undefined (line 1, speech-lint:front-matter-schema)',
    ]);
  });

  it('body-not-empty: silent with text, reports front matter without text', async () => {
    expect(await lint(bodyNotEmpty, [`${front()}\n甲。\n`])).toEqual([]);
    expect(await lint(bodyNotEmpty, [front()])).toEqual([
      'body: empty; a passage file needs the passage text after its front matter (line 1, speech-lint:body-not-empty)',
    ]);
  });

  it('no-repeated-sentence: a sentence repeated in the file, or found in an earlier file, not one in a later file', async () => {
    expect(await lint(noRepeatedSentence, [`${front(2)}\n甲。乙。\n\n丙。乙。\n`, `${front(1, '乙')}\n丙。\n`])).toEqual([
      'body: sentence "丙。" also appears in p2.md (line 8) (line 10, speech-lint:no-repeated-sentence)',
      'body: sentence "乙。" also appears in p1.md (line 8) (line 10, speech-lint:no-repeated-sentence)',
    ]);
    expect(await lint(noRepeatedSentence, [`${front(1)}\n丙。\n`, `${front(2, '乙')}\n丙。\n`])).toEqual([]);
  });

  it('body-not-empty: front matter followed only by markup without text, or nothing at all, is empty', async () => {
    const empty = 'body: empty; a passage file needs the passage text after its front matter';
    expect(await lint(bodyNotEmpty, [`${front()}\n***\n`])).toEqual([`${empty} (line 1, speech-lint:body-not-empty)`]);
    expect(await lint(bodyNotEmpty, [`${front()}\n&#32;\n`])).toEqual([`${empty} (line 1, speech-lint:body-not-empty)`]);
    expect(await lint(bodyNotEmpty, [''])).toEqual([`${empty} (line 1, speech-lint:body-not-empty)`]);
  });

  it('front-matter-schema: quotes only the first line of a YAML error, and reports a bad first key at its own line', async () => {
    const [invalid = ''] = await lint(frontMatterSchema, ['---\nkind: [\n---\n\n甲。\n']);
    expect(invalid).toMatch(/^front matter: invalid YAML: \S[^\n]* \(line 1, speech-lint:front-matter-schema\)$/);
    expect(await lint(frontMatterSchema, ['---\nkind: bogus\ntitle: 甲\norder: 1\nsourceLines: [1]\n---\n\n甲。\n'])).toEqual([
      expect.stringMatching(/^field "kind": .* \(line 2, speech-lint:front-matter-schema\)$/),
    ]);
  });

  it('no-repeated-sentence: names the first earlier file in reading order; a file of the same order is not earlier', async () => {
    expect(
      await lint(noRepeatedSentence, [`${front(3)}\n丙。\n`, `${front(2, '乙')}\n丙。\n`, `${front(1, '丁')}\n丁。\n\n丙。\n`], 0),
    ).toEqual(['body: sentence "丙。" also appears in p3.md (line 10) (line 8, speech-lint:no-repeated-sentence)']);
    expect(await lint(noRepeatedSentence, [`${front(1)}\n丙。\n`, `${front(1, '乙')}\n丙。\n`], 1)).toEqual([]);
  });

  it('the collection rules read only the .md files of the directory, and see a file change', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'content-lint-'));
    temps.push(dir);
    await writeFile(join(dir, 'notes.txt'), 'not a passage');
    await writeFile(join(dir, 'p1.md'), `${front(1)}\n甲。\n`);
    await writeFile(join(dir, 'p2.md'), `${front(2, '乙')}\n甲。\n`);
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(noRepeatedSentence);
    const lintP2 = async () => {
      const file = new VFile({ path: join(dir, 'p2.md'), value: await readFile(join(dir, 'p2.md'), 'utf8') });
      await processor.run(processor.parse(file), file);
      return file.messages.map((m) => m.reason);
    };
    expect(await lintP2()).toEqual(['body: sentence "甲。" also appears in p1.md (line 8)']);
    // notes.txt is no passage: were it read as one, without front matter, the collection rule would stay silent.
    const collectionRule = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(collection);
    await writeFile(join(dir, 'p2.md'), `${front(1, '乙')}\n乙。\n`);
    const file = new VFile({ path: join(dir, 'p2.md'), value: await readFile(join(dir, 'p2.md'), 'utf8') });
    await collectionRule.run(collectionRule.parse(file), file);
    expect(file.messages.map((m) => m.reason)).toEqual(['field "order": 1 is also used by p1.md']);
    await writeFile(join(dir, 'p2.md'), `${front(2, '乙')}\n甲。\n`);
    await writeFile(join(dir, 'p1.md'), `${front(1)}\n丁。\n`);
    await utimes(join(dir, 'p1.md'), new Date(), new Date(Date.now() + 60_000));
    expect(await lintP2()).toEqual([]);
  });

  it('a file without a path (stdin) gets no collection messages', async () => {
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(collection).use(noRepeatedSentence);
    const file = new VFile({ value: `${front()}\n甲。甲。\n` });
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((m) => m.reason)).toEqual(['body: sentence "甲。" also appears in .md (line 8)']);
  });

  it('collection: reports an order used twice on the file that repeats it', async () => {
    const priorities = Array.from({ length: 7 }, (_, i) => `---\nkind: priority\nnumber: ${i + 1}\norder: ${i + 2}\nsourceLines: [1]\n---\n\n甲。\n`);
    expect(await lint(collection, [`${front(1)}\n甲。\n`, ...priorities])).toEqual([]);
    expect(await lint(collection, [`${front(2)}\n甲。\n`, ...priorities], 1)).toEqual([
      'field "order": 2 is also used by p1.md (line 1, speech-lint:collection)',
    ]);
    expect(await lint(collection, [`${front(2)}\n甲。\n`, ...priorities], 0)).toEqual([]);
    expect(await lint(collection, [`${front(1)}\n甲。\n`, ...priorities.slice(1)])).toEqual([
      'content/passages: field "number": no file has priority number 1 (line 1, speech-lint:collection)',
    ]);
    // Told once, on the first file; and not at all while a file's front matter is invalid.
    expect(await lint(collection, [`${front(1)}\n甲。\n`, ...priorities.slice(1)], 2)).toEqual([]);
    expect(await lint(collection, [`${front(1)}\n甲。\n`, '---\nkind: [\n---\n\n甲。\n', ...priorities.slice(1)])).toEqual([]);
  });
});
