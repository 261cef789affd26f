import { basename } from 'node:path';
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { checkCollection } from '../../src/schema/collection';
import { readSiblings } from './siblings';

/**
 * The collection rules of src/schema/collection.ts (priority numbers 1–7 each once, a unique
 * reading order), reported on the file they concern. Runs once every file has valid front
 * matter (front-matter-schema reports the others).
 */
const collection = lintRule<Root>('speech-lint:collection', (tree, file) => {
  if (!file.path) return;
  const siblings = readSiblings(file.path);
  const passages = siblings.flatMap(({ id, data }) => (data ? [{ id, data, filePath: `${id}.md` }] : []));
  if (passages.length !== siblings.length) return;
  try {
    checkCollection(passages);
  } catch (error) {
    const message = (error as Error).message;
    const own = `${basename(file.path)}: `;
    // A problem of the whole collection (a number no file has) is told on its first file.
    const concerns = message.startsWith(own) || (!passages.some((p) => message.startsWith(`${p.filePath}: `)) && siblings[0]?.path === file.path);
    if (concerns) file.message(message.startsWith(own) ? message.slice(own.length) : message, tree);
  }
});

export default collection;
