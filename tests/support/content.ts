import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type {} from 'mdast-util-frontmatter';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { passageAnchor, passagePath } from '../../src/lib/routes';
import { checkCollection } from '../../src/schema/collection';
import { formatIssue } from '../../src/schema/issues';
import { passageSchema, type PassageData } from '../../src/schema/passage';
import { parseSpeech, type Speech } from '../../src/schema/speech';

/**
 * The content as its files define it, read straight from content/ and validated with the site's
 * own schemas and checkCollection, so tests derive what the site must show instead of
 * hard-coding it. Never goes through the importer (scripts/import/): the fidelity check relies
 * on that independence.
 */
export interface ContentPassage {
  id: string;
  data: PassageData;
  /** The file it was read from. */
  filePath: string;
  /** The body's paragraphs as plain text (Markdown syntax resolved), in order. */
  paragraphs: string[];
  /** The body text: its paragraphs joined. */
  text: string;
  /** Site-relative page path without base, e.g. "priorities/5/". */
  path: string;
  /** Section id on /full/, e.g. "priority-5". */
  anchor: string;
}

export interface Content {
  speech: Speech;
  /** In reading order. */
  passages: ContentPassage[];
}

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** content/ (speech.json and passages/*.md), validated. */
export function readContent(contentDir = 'content'): Content {
  return { speech: readSpeech(join(contentDir, 'speech.json')), passages: readPassages(join(contentDir, 'passages')) };
}

/** All passages in `dir`, in reading order. */
export function readPassages(dir = 'content/passages'): ContentPassage[] {
  const passages = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readPassage(join(dir, name)));
  return checkCollection(passages);
}

/** content/speech.json, validated with the site's schema. */
export function readSpeech(file = 'content/speech.json'): Speech {
  return parseSpeech(readFileSync(file, 'utf8'), file);
}

function readPassage(file: string): ContentPassage {
  const tree = markdown.parse(readFileSync(file, 'utf8'));
  const [yaml, ...body] = tree.children;
  if (yaml?.type !== 'yaml') throw new Error(`${file}: no front matter block (--- … ---) at the top`);
  const result = passageSchema.safeParse(parseYaml(yaml.value));
  if (!result.success) throw new Error(formatIssue(file, result.error.issues[0]));
  // The body is verbatim text, one paragraph per source paragraph: anything else would escape
  // the checks that read paragraphs.
  const other = body.find((node) => node.type !== 'paragraph');
  if (other) throw new Error(`${file}: body: line ${other.position?.start.line ?? '?'} is a ${other.type}, not a paragraph`);
  const paragraphs = body.map((node) => toString(node));
  if (paragraphs.length === 0) throw new Error(`${file}: body: no paragraph of text`);
  const passage = { id: basename(file, '.md'), data: result.data, filePath: file };
  return { ...passage, paragraphs, text: paragraphs.join(''), path: passagePath(passage), anchor: passageAnchor(passage) };
}
