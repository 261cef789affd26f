import type { Root } from 'mdast';
import type {} from 'mdast-util-frontmatter';
import { lintRule } from 'unified-lint-rule';
import { parse as parseYaml } from 'yaml';
import { fieldMessage } from '../../src/schema/issues';
import { passageSchema } from '../../src/schema/passage';

/** The YAML front matter is valid against the same zod schema the site builds with. */
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
  if (result.success) return;
  const keyLines = yaml.value.split('\n');
  const start = yaml.position?.start.line ?? 1;
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    const index = keyLines.findIndex((line) => line.startsWith(`${String(key)}:`));
    const place = index < 0 ? yaml.position : { line: start + 1 + index, column: 1 };
    file.message(fieldMessage(issue), { place });
  }
});

export default frontMatterSchema;
