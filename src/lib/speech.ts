import raw from '../../content/speech.json';
import { speechSchema, type Speech } from '../schema/speech';

/** The speech's headline and reconstruction record, validated at build time. */
export const speech: Speech = parseSpeech(raw, 'content/speech.json');

export function parseSpeech(value: unknown, file: string): Speech {
  const result = speechSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
