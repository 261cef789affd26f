import { z } from 'astro/zod';
import { parseJsonOrThrow } from './issues';

/**
 * content/pinyin.json: readings of the text that the pinyin library (pinyin-pro) gets wrong in
 * context, reviewed by people. Search reads the text by its syllables (src/lib/pinyin.ts); each
 * correction gives a phrase of the text and how the whole phrase reads there, with the reason.
 */
export const pinyinSchema = z
  .object({
    /** The library whose in-context reading of every polyphone of the text was reviewed: a new version needs a new review. */
    reviewedWith: z.string().regex(/^pinyin-pro@\d+\.\d+\.\d+$/, 'pinyin-pro@<version>'),
    corrections: z.array(
      z
        .object({
          /** A phrase of the text (simplified), long enough to name the place meant… */
          text: z.string().regex(/^\p{Script=Han}+$/u, 'Chinese characters only'),
          /** …and its syllables there, one per character, with tone marks: "jī xiè de lǐ jiě". */
          pinyin: z.string().regex(/^[a-zü\u0101-\u01dc\u00e0-\u00fa]+( [a-zü\u0101-\u01dc\u00e0-\u00fa]+)*$/u, 'syllables with tone marks, separated by one space'),
          reason: z.string().min(1),
        })
        .strict()
        .refine((c) => [...c.text].length === c.pinyin.split(' ').length, {
          message: 'one syllable for each character',
          path: ['pinyin'],
        }),
    ),
  })
  .strict();

export type PinyinSettings = z.infer<typeof pinyinSchema>;

export const PINYIN_FILE = 'content/pinyin.json';

/** The one reader of content/pinyin.json: JSON, then the schema; errors name the file and the field. */
export function parsePinyinSettings(json: string, file: string = PINYIN_FILE): PinyinSettings {
  return parseJsonOrThrow(pinyinSchema, json, file);
}
