import { describe, expect, it } from 'vitest';
import { encodeTerm, textDirective, withTextDirective } from '../../../src/browser/text-fragment';

const words = new Intl.Segmenter('zh', { granularity: 'word' });
const paragraph = '今年是上海浦东开发开放30周年，支持浦东在改革系统集成协同高效、高水平制度型开放、增强配置全球资源能力。';
const at = (text: string, part: string, end = false) => {
  const index = text.indexOf(part);
  if (index < 0) throw new Error(`"${part}" not in text`);
  return { text, offset: end ? index + part.length : index };
};

describe('encodeTerm', () => {
  it('percent-encodes like encodeURIComponent plus the reserved "-" "," "&"', () => {
    expect(encodeTerm('a-b,c&d 浦东')).toBe('a%2Db%2Cc%26d%20%E6%B5%A6%E4%B8%9C');
  });
});

describe('textDirective', () => {
  it('links a short quote by its whole text', () => {
    const quote = '今年是上海浦东开发开放30周年';
    expect(textDirective(at(paragraph, quote), at(paragraph, quote, true), true, words)).toBe(encodeTerm(quote));
  });

  it('widens a selection that starts or ends inside a word to whole words', () => {
    // "东开发" starts inside 浦东: browsers would match nothing.
    const directive = decodeURIComponent(textDirective(at(paragraph, '东开发'), at(paragraph, '东开发', true), true, words));
    expect(directive).toContain('东开发');
    expect(directive.startsWith('浦东')).toBe(true);
    expect(paragraph).toContain(directive);
  });

  it('links a long quote by its start and end', () => {
    const directive = textDirective(at(paragraph, '今年是'), at(paragraph, '能力。', true), true, words);
    const [start, end, rest] = directive.split(',').map(decodeURIComponent);
    expect(rest).toBeUndefined();
    expect(paragraph.startsWith(start ?? '')).toBe(true);
    expect(paragraph.endsWith(end ?? '')).toBe(true);
    expect((start ?? '').length).toBeGreaterThanOrEqual(10);
    expect((start ?? '').length).toBeLessThan(paragraph.length / 2);
  });

  it('links a quote across paragraphs by the start in the first and the end in the last', () => {
    const next = '要继续做好上海自由贸易试验区临港新片区建设工作，充分发挥试验田作用。';
    const directive = textDirective(at(paragraph, '增强配置'), at(next, '临港新片区', true), false, words);
    const [start, end] = directive.split(',').map(decodeURIComponent);
    expect(paragraph.slice(paragraph.indexOf('增强配置')).startsWith(start ?? '?')).toBe(true);
    expect((start ?? '').length).toBeGreaterThanOrEqual(10);
    expect(next.slice(0, next.indexOf('临港新片区') + 5).endsWith(end ?? '?')).toBe(true);
  });
});

describe('textDirective on a repeated quote', () => {
  const first = '要把保护修复长江生态环境摆在突出位置。';
  const second = '为长三角地区生态环境共保联治提供保障。';

  it('adds no prefix when the quote does not occur earlier on the page', () => {
    expect(textDirective({ ...at(first, '生态环境'), before: '' }, at(first, '生态环境', true), true, words)).toBe(encodeTerm('生态环境'));
  });

  it('prefixes the whole word before a quote that occurs earlier on the page', () => {
    expect(textDirective({ ...at(second, '生态环境'), before: first }, at(second, '生态环境', true), true, words)).toBe(
      `${encodeTerm('地区')}-,${encodeTerm('生态环境')}`,
    );
  });

  it('widens the prefix word by word until it is unique before the quote', () => {
    // "地区生态环境" also occurs earlier, "三角地区生态环境" does not.
    const before = '西部地区生态环境。';
    expect(textDirective({ ...at(second, '生态环境'), before }, at(second, '生态环境', true), true, words)).toBe(
      `${encodeTerm('三角地区')}-,${encodeTerm('生态环境')}`,
    );
  });

  it('counts an earlier occurrence in the same paragraph', () => {
    const text = '生态环境好，生态环境美。';
    // The second 生态环境: the comma before it is enough.
    expect(textDirective({ text, offset: 6 }, { text, offset: 10 }, true, words)).toBe(`${encodeTerm('，')}-,${encodeTerm('生态环境')}`);
    expect(textDirective(at(text, '生态环境'), at(text, '生态环境', true), true, words)).toBe(encodeTerm('生态环境'));
  });

  it('prefixes the start of a long quote that occurs earlier', () => {
    const long = `为长三角地区生态环境共保联治提供保障，${'协同推进'.repeat(10)}。`;
    const before = '东部地区生态环境共保联治提供支撑。';
    const directive = textDirective({ ...at(long, '生态环境'), before }, at(long, '。', true), true, words);
    const [prefix, start, end] = directive.split(',').map(decodeURIComponent);
    expect(prefix).toBe('三角地区-');
    expect(start?.startsWith('生态环境')).toBe(true);
    expect(long.endsWith(end ?? '?')).toBe(true);
  });
});

describe('withTextDirective', () => {
  it('appends to a page URL and after an existing fragment', () => {
    expect(withTextDirective('https://x.org/speech/priorities/5/', 'a')).toBe('https://x.org/speech/priorities/5/#:~:text=a');
    expect(withTextDirective('https://x.org/speech/full/#priority-5', 'a')).toBe('https://x.org/speech/full/#priority-5:~:text=a');
  });
});
