import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Root } from 'mdast';
import type {} from 'mdast-util-frontmatter';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { passageSchema, type PassageData } from '../../src/schema/passage';

/** A passage file of the collection, read for the rules that compare files with each other. */
export interface Sibling {
  /** File name without ".md": the passage id. */
  id: string;
  path: string;
  tree: Root;
  /** The front matter, when it is valid (front-matter-schema reports it otherwise). */
  data: PassageData | undefined;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

function frontMatter(tree: Root): PassageData | undefined {
  const yaml = tree.children.find((node) => node.type === 'yaml');
  try {
    const result = passageSchema.safeParse(yaml ? parseYaml(yaml.value) : undefined);
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every passage file in the directory of `path` (the file being linted included), read from
 * disk. A lint rule sees one file at a time; the collection rules need them all.
 */
export function readSiblings(path: string): Sibling[] {
  const dir = dirname(path);
  const names = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
  // Every file of a run asks for the same directory: parse it once while no file changes.
  const stamp = names.map((name) => `${name}:${statSync(join(dir, name)).mtimeMs}`).join('|');
  const cached = cache.get(dir);
  if (cached?.stamp === stamp) return cached.siblings;
  const siblings = names.map((name) => {
    const file = join(dir, name);
    const tree = parser.parse(readFileSync(file, 'utf8'));
    return { id: basename(name, '.md'), path: file, tree, data: frontMatter(tree) };
  });
  cache.set(dir, { stamp, siblings });
  return siblings;
}

const cache = new Map<string, { stamp: string; siblings: Sibling[] }>();
