import { getCollection, type CollectionEntry } from 'astro:content';
import { checkCollection } from '../schema/collection';

export type Passage = CollectionEntry<'passages'>;

/** A build reads the collection once (every route asks for it); `astro dev` reads it afresh, as it may have changed. */
let built: Promise<Passage[]> | undefined;

/** All passages in reading order, after the collection-wide checks. */
export function getPassages(): Promise<Passage[]> {
  if (import.meta.env.DEV) return read();
  built ??= read();
  return built;
}

async function read(): Promise<Passage[]> {
  return checkCollection(await getCollection('passages'));
}
