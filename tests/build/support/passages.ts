import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type {} from 'mdast-util-frontmatter';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { checkCollection } from '../../../src/schema/collection';
import { passageSchema, type PassageData } from '../../../src/schema/passage';
import { passageAnchor, passagePath } from '../../../src/lib/routes';

/**
 * The passages as the content files define them, read straight from content/passages/*.md
 * with the site's own schema, so the build tests derive what each page must show instead of
 * hard-coding it.
 */
export interface SourcePassage {
  id: string;
  data: PassageData;
  /** The body's paragraphs as plain text (Markdown syntax resolved), in order. */
  paragraphs: string[];
  /** Site-relative page path without base, e.g. "priorities/5/". */
  path: string;
  /** Section id on /full/, e.g. "priority-5". */
  anchor: string;
}

const passagesDir = resolve('content/passages');
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** All passages in reading order. */
export function readPassages(dir: string = passagesDir): SourcePassage[] {
  const passages = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readPassage(join(dir, name)));
  return checkCollection(passages);
}

function readPassage(file: string): SourcePassage {
  const tree = markdown.parse(readFileSync(file, 'utf8'));
  const yaml = tree.children.find((node) => node.type === 'yaml');
  if (!yaml) throw new Error(`${file}: no front matter block (--- … ---) at the top`);
  const result = passageSchema.safeParse(parseYaml(yaml.value));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`);
  }
  const paragraphs = tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
  if (paragraphs.length === 0) throw new Error(`${file}: body: no paragraph of text`);
  const passage = { id: basename(file, '.md'), data: result.data, filePath: file };
  return { ...passage, paragraphs, path: passagePath(passage), anchor: passageAnchor(passage) };
}
