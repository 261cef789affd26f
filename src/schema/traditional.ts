import { z } from 'astro/zod';
import { parseJsonOrThrow } from './issues';

/**
 * content/traditional.json: how the traditional edition is made from the simplified text, reviewed
 * by people. OpenCC converts characters only, to one character standard; `corrections` fix the
 * few places where its phrase tables choose a wrong character; `exceptions` list sentences whose
 * traditional form does not convert back to the simplified sentence exactly, each with its reason.
 */
export const traditionalSchema = z
  .object({
    /** OpenCC's character standard: t (OpenCC), hk (Hong Kong) or tw (Taiwan). Never a vocabulary set such as twp. */
    standard: z.enum(['t', 'hk', 'tw']),
    corrections: z.array(
      z
        .object({
          /** Text as OpenCC writes it… */
          from: z.string().min(1),
          /** …and as it must read: the same length, characters only. */
          to: z.string().min(1),
          reason: z.string().min(1),
        })
        .strict()
        .refine((c) => [...c.from].length === [...c.to].length, { message: 'a correction replaces characters one for one', path: ['to'] }),
    ),
    exceptions: z.array(
      z
        .object({
          /** A simplified sentence of content/passages whose traditional form does not convert back exactly. */
          sentence: z.string().min(1),
          reason: z.string().min(1),
        })
        .strict(),
    ),
  })
  .strict();

export type TraditionalSettings = z.infer<typeof traditionalSchema>;

export const TRADITIONAL_FILE = 'content/traditional.json';

/** The one reader of content/traditional.json's text: JSON, then the schema; errors name the file and the field. */
export function parseTraditional(json: string, file: string = TRADITIONAL_FILE): TraditionalSettings {
  return parseJsonOrThrow(traditionalSchema, json, file);
}
