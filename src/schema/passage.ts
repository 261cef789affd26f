import { z } from 'astro/zod';
import { PRIORITY_COUNT } from '../lib/numerals';

/**
 * Front matter of one passage file in content/passages/. Pure zod (no Astro runtime) so
 * the content tests validate files with exactly the schema the site builds with.
 */
const common = {
  /** Position in reading order (1-based, unique across the collection). */
  order: z.number().int().positive(),
  /** Editorial note shown with the passage, e.g. what the source lacks. */
  note: z.string().min(1).optional(),
  /** 1-based line numbers in content/source/speech.txt that make up this passage. */
  sourceLines: z.array(z.number().int().positive()).nonempty(),
};

export const passageSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('priority'),
      number: z.number().int().min(1).max(PRIORITY_COUNT),
      /** The heading phrase as the source gives it; absent where the source lacks it. */
      title: z.string().min(1).optional(),
      ...common,
    })
    .strict(),
  z
    .object({
      kind: z.literal('other'),
      /** A short label made of the passage's own words. */
      title: z.string().min(1),
      ...common,
    })
    .strict(),
]);

export type PassageData = z.infer<typeof passageSchema>;
