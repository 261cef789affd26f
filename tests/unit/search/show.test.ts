import { describe, expect, it } from 'vitest';
import { soundKind } from '../../../src/search/show';

describe('soundKind', () => {
  it('reads a query of Latin letters as pinyin, whatever it matched literally', () => {
    for (const query of ['pudong', ' Pu Dong ', 'pǔdōng', "chang'sanjiao", 'pu3dong1', 'ＰＵＤＯＮＧ', 'G60', 'yi-ti-hua', 'x'])
      for (const literal of [0, 3]) expect(soundKind(query, literal), `${query} ${literal}`).toBe('pinyin');
  });

  it('reads a Chinese query by its sound only when it matched nothing literally', () => {
    for (const query of ['长三脚', '長三腳', '浦东gaige', ' 普东 ', '普东，']) {
      expect(soundKind(query, 0), query).toBe('homophone');
      expect(soundKind(query, 1), query).toBeUndefined();
    }
  });

  it('leaves other queries alone: empty, digits or punctuation only, other scripts', () => {
    for (const query of ['', '  ', '30', '2020-12', '，', 'Ελλάδα', 'Москва', 'かな', 'pu!dong'])
      expect(soundKind(query, 0), query).toBeUndefined();
  });
});
