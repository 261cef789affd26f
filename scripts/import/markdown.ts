import type { Root } from 'mdast';
import type {} from 'mdast-util-frontmatter';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { isDeepStrictEqual } from 'node:util';
import { Document, isSeq, parse as parseYaml } from 'yaml';
import type { PassageData } from '../../src/schema/passage';
import { ImportError } from './errors';

const FRONT_MATTER_KEYS = ['kind', 'number', 'title', 'order', 'note', 'sourceLines'] as const;

/** YAML front matter with keys in a fixed order, sourceLines as a flow list, no line folding. */
export function frontMatterYaml(data: PassageData): string {
  const record: Record<string, unknown> = { ...data };
  const ordered = Object.fromEntries(
    FRONT_MATTER_KEYS.filter((key) => record[key] !== undefined).map((key) => [key, record[key]]),
  );
  const doc = new Document(ordered);
  const lines = doc.get('sourceLines', true);
  if (isSeq(lines)) lines.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

const processor = unified().use(remarkParse).use(remarkStringify).use(remarkFrontmatter, ['yaml']);

/**
 * Rule 7: a passage file as Markdown, built as mdast and serialized by remark so escaping is
 * right. Parsing the result must give back the exact front matter and paragraph texts.
 */
export function renderPassage(id: string, data: PassageData, paragraphs: readonly string[]): string {
  const root: Root = {
    type: 'root',
    children: [
      { type: 'yaml', value: frontMatterYaml(data) },
      ...paragraphs.map((text) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value: text }] })),
    ],
  };
  const markdown = processor.stringify(root);

  const [yaml, ...body] = processor.parse(markdown).children;
  if (yaml?.type !== 'yaml' || !isDeepStrictEqual(parseYaml(yaml.value), data)) {
    throw new ImportError(`passage ${id}: remark does not give back the exact front matter after writing it`);
  }
  const texts = body.map((node) => (node.type === 'paragraph' ? toString(node) : `<${node.type}>`));
  const bad = [...texts, ...paragraphs].findIndex((_, index) => texts[index] !== paragraphs[index]);
  if (bad >= 0) {
    throw new ImportError(`passage ${id}: remark does not give back the exact text of paragraph ${bad + 1} after writing it`);
  }
  return markdown;
}
