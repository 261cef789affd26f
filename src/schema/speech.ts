import { z } from 'astro/zod';
import { parseJsonOrThrow } from './issues';

/**
 * content/speech.json: the speech's headline and a record of what the importer reconstructed,
 * so the site can state it (about page) instead of hiding it.
 */
export const speechSchema = z
  .object({
    /** The headline, the first line of the source. */
    title: z.string().min(1),
    /** What the source lacks: passage id and the missing part. */
    missing: z.array(z.object({ passage: z.string().min(1), what: z.enum(['opening', 'title']) }).strict()),
    /** Source paragraphs left out because their text already appears earlier. */
    removed: z.array(
      z
        .object({
          /** 1-based line in content/source/speech.txt. */
          line: z.number().int().positive(),
          text: z.string().min(1),
          /** Id of the passage that already holds this text. */
          duplicateOf: z.string().min(1),
        })
        .strict(),
    ),
    /** Paragraphs joined because the first did not end its sentence. */
    joined: z.array(
      z.object({ lines: z.array(z.number().int().positive()).min(2), passage: z.string().min(1) }).strict(),
    ),
  })
  .strict();

export type Speech = z.infer<typeof speechSchema>;

/** Where the importer writes the record. */
export const SPEECH_FILE = 'content/speech.json';

/**
 * The one reader of content/speech.json's text (site, content lint, tests): JSON, then the schema.
 * Throws an Error naming the file and the field.
 */
export function parseSpeech(json: string, file: string = SPEECH_FILE): Speech {
  return parseJsonOrThrow(speechSchema, json, file);
}
