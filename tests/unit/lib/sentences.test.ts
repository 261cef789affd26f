import { describe, expect, it } from 'vitest';
import { completeSentences, endsSentence, splitSentences } from '../../../src/lib/sentences';

describe('sentences', () => {
  it('ends a sentence at 。！？, also before closing quotes', () => {
    expect(['好。', '好！', '好？', '好？！', '说“好。”', '说「好！」 '].map(endsSentence)).toEqual([true, true, true, true, true, true]);
    expect(['好', '好，', '好、', '避免“千城一面”', ''].map(endsSentence)).toEqual([false, false, false, false, false]);
  });

  it('splits text into sentences that give the text back, with an unfinished fragment last', () => {
    const text = '甲。他说“乙！”丙？丁要';
    expect(splitSentences(text)).toEqual(['甲。', '他说“乙！”', '丙？', '丁要']);
    expect(splitSentences(text).join('')).toBe(text);
    expect(completeSentences(text)).toEqual(['甲。', '他说“乙！”', '丙？']);
    expect(splitSentences('')).toEqual([]);
  });
});
