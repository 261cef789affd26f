import type { Root } from 'mdast';
import type {} from 'mdast-util-frontmatter';
import { lintRule } from 'unified-lint-rule';
import { parse as parseYaml } from 'yaml';
import { passageSchema, type PassageData } from '../../schema/passage';

declare module 'vfile' {
  interface DataMap {
    /** Front matter that passed the schema, for collection-wide checks. */
    passage: PassageData;
  }
}

/**
 * The YAML front matter is valid against the same zod schema the site builds with. Valid
 * data is kept in file.data.passage for checks over the whole collection.
 */
const frontMatterSchema = lintRule<Root>('speech-lint:front-matter-schema', (tree, file) => {
  const yaml = tree.children.find((node) => node.type === 'yaml');
  if (!yaml) {
    file.message('front matter: missing; a passage file starts with YAML between --- lines', tree);
    return;
  }
  let value: unknown;
  try {
    value = parseYaml(yaml.value);
  } catch (error) {
    file.message(`front matter: invalid YAML: ${(error as Error).message.split('\n')[0] ?? ''}`, yaml);
    return;
  }
  const result = passageSchema.safeParse(value);
  if (result.success) {
    file.data.passage = result.data;
    return;
  }
  const keyLines = yaml.value.split('\n');
  const start = yaml.position?.start.line ?? 1;
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    const index = keyLines.findIndex((line) => line.startsWith(`${String(key)}:`));
    const place = index < 0 ? yaml.position : { line: start + 1 + index, column: 1 };
    file.message(`field "${issue.path.join('.') || '(front matter)'}": ${issue.message}`, { place });
  }
});

export default frontMatterSchema;
