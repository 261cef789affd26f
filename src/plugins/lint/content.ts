import type { Root } from 'mdast';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLint from 'remark-lint';
import remarkParse from 'remark-parse';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { checkCollection, type PassageLike } from '../../schema/collection';
import { speechSchema } from '../../schema/speech';
import bodyNotEmpty from './body-not-empty';
import frontMatterSchema from './front-matter-schema';
import paragraphEndsSentence from './paragraph-ends-sentence';
import { findRepeatedSentences, type ParsedFile } from './repeated-sentences';

const linter = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkLint)
  .use(remarkPresetLintRecommended)
  .use(frontMatterSchema)
  .use(bodyNotEmpty)
  .use(paragraphEndsSentence);

/** Path for messages: relative to the working directory when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** Lint one passage file; messages read "<file>: <problem> (line N, rule)". */
export async function lintPassageFile(path: string, text: string): Promise<{ file: VFile; tree: Root; problems: string[] }> {
  const file = new VFile({ path: shown(path), value: text });
  const tree = await linter.run(linter.parse(file), file);
  const problems = file.messages.map(
    (m) => `${file.path}: ${m.reason} (line ${m.line ?? '?'}, ${m.source ?? 'remark-lint'}:${m.ruleId ?? ''})`,
  );
  return { file, tree, problems };
}

function checkSpeech(path: string, text: string, passageIds: ReadonlySet<string>): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [`${shown(path)}: invalid JSON: ${(error as Error).message}`];
  }
  const result = speechSchema.safeParse(value);
  if (!result.success) {
    return result.error.issues.map((issue) => `${shown(path)}: field "${issue.path.join('.')}": ${issue.message}`);
  }
  const { missing, removed, joined } = result.data;
  const refs = [
    ...missing.map((m, i) => [`missing.${i}.passage`, m.passage] as const),
    ...removed.map((r, i) => [`removed.${i}.duplicateOf`, r.duplicateOf] as const),
    ...joined.map((j, i) => [`joined.${i}.passage`, j.passage] as const),
  ];
  return refs
    .filter(([, id]) => !passageIds.has(id))
    .map(([field, id]) => `${shown(path)}: field "${field}": no passage file has the id "${id}"`);
}

/**
 * Validate a content directory (passages/*.md and speech.json): remark-lint's recommended
 * preset, our rules per file, repeated sentences across files, the collection rules of
 * src/schema/collection.ts, and speech.json. Returns the problems; empty means valid.
 */
export async function lintContent(contentDir: string): Promise<string[]> {
  const passagesDir = join(contentDir, 'passages');
  const names = (await readdir(passagesDir)).filter((name) => name.endsWith('.md')).sort();
  if (names.length === 0) return [`${shown(passagesDir)}: no passage files`];

  const problems: string[] = [];
  const parsed: ParsedFile[] = [];
  const passages: PassageLike[] = [];
  for (const name of names) {
    const path = join(passagesDir, name);
    const { file, tree, problems: own } = await lintPassageFile(path, await readFile(path, 'utf8'));
    problems.push(...own);
    parsed.push({ file: file.path, tree });
    if (file.data.passage) passages.push({ id: name.replace(/\.md$/, ''), data: file.data.passage, filePath: file.path });
  }
  // Reading order, so a repeat is reported at its later occurrence.
  const position = (file: string) => passages.find((p) => p.filePath === file)?.data.order ?? Number.POSITIVE_INFINITY;
  problems.push(...findRepeatedSentences([...parsed].sort((a, b) => position(a.file) - position(b.file))));
  if (passages.length === names.length) {
    try {
      checkCollection(passages);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const speechPath = join(contentDir, 'speech.json');
  problems.push(...checkSpeech(speechPath, await readFile(speechPath, 'utf8'), new Set(names.map((name) => name.replace(/\.md$/, '')))));
  return problems;
}
