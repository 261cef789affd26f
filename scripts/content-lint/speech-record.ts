import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue } from '../../src/schema/issues';
import { parseSpeech } from '../../src/schema/speech';

/**
 * content/speech.json against the schema and the passage files it names: the importer's record
 * must point at passages that exist. Returns the problems; empty means valid.
 */
export function checkSpeechRecord(contentDir: string): string[] {
  const file = join(contentDir, 'speech.json');
  let speech;
  try {
    speech = parseSpeech(readFileSync(file, 'utf8'), file);
  } catch (error) {
    return [(error as Error).message];
  }
  const ids = new Set(readdirSync(join(contentDir, 'passages')).map((name) => name.replace(/\.md$/, '')));
  const refs = [
    ...speech.missing.map((m, i) => [`missing.${i}.passage`, m.passage] as const),
    ...speech.removed.map((r, i) => [`removed.${i}.duplicateOf`, r.duplicateOf] as const),
    ...speech.joined.map((j, i) => [`joined.${i}.passage`, j.passage] as const),
  ];
  return refs
    .filter(([, id]) => !ids.has(id))
    .map(([field, id]) => formatIssue(file, { path: field.split('.'), message: `no passage file has the id "${id}"` }));
}
