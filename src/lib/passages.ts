import { getCollection, type CollectionEntry } from 'astro:content';
import { checkCollection } from '../schema/collection';

export type Passage = CollectionEntry<'passages'>;

/** All passages in reading order, after the collection-wide checks. */
export async function getPassages(): Promise<Passage[]> {
  return checkCollection(await getCollection('passages'));
}
