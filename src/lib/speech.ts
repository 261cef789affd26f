import json from '../../content/speech.json?raw';
import { parseSpeech, type Speech } from '../schema/speech';

/** The speech's headline and reconstruction record, validated at build time. */
export const speech: Speech = parseSpeech(json);
