import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it, vi } from 'vitest';
import { ui } from '../../../src/i18n/ui';
import { phrases } from '../../../src/lib/phrases';
import { cardCharacters, cardKey, editionCards, renderCards, rendererVersions } from '../../../src/lib/share-card-render';
import { CARD_COLOURS, CARD_HEIGHT, CARD_WIDTH, cardColours, cardInScript, cardPath, cardTree, phraseRun, sectionCardText, siteCardText, type CardNode } from '../../../src/lib/share-card';
import { readPassages, readSpeech } from '../../support/content';

const css = readFileSync('src/styles/global.css', 'utf8');
const speech = readSpeech();
const passages = readPassages();
const texts = (node: CardNode): string[] => (typeof node.props.children === 'string' ? [node.props.children] : (node.props.children ?? []).flatMap(texts));

describe('cardColours', () => {
  it('takes the light theme’s value of each custom property, the first in the stylesheet', () => {
    const colours = cardColours(css);
    for (const name of CARD_COLOURS) expect(colours[name]).toBe(new RegExp(`${name}:\\s*(#[0-9a-f]+)`, 'i').exec(css)?.[1]);
    expect(cardColours(':root { --color-bg: #fff; --color-surface: #eee; --color-text: #000; --color-muted: #333; --color-accent: #b00; --color-border: #ccc; } @media (prefers-color-scheme: dark) { :root { --color-bg: #000; } }')['--color-bg']).toBe('#fff');
  });
  it('names the file and the property that is missing', () => {
    expect(() => cardColours(':root { --color-bg: #fff; }', 'x.css')).toThrow('x.css: custom property "--color-surface"');
  });
});

describe('phraseRun', () => {
  it('gives each word of a title a line of its own, each phrase a box of its own: nothing else, nothing lost', () => {
    const run = phraseRun(speech.title, {});
    const lines = run.props.children as CardNode[];
    expect(lines.map((line) => texts(line).join(''))).toEqual(speech.title.split(' '));
    expect(lines.flatMap((line) => texts(line))).toEqual(speech.title.split(' ').flatMap(phrases));
    expect((phraseRun('长三角  一体化', {}).props.children as CardNode[]).map((line) => texts(line).join(''))).toEqual(['长三角', '一体化']);
  });
});

describe('card texts', () => {
  const byNumber = (n: number) => passages.find((p) => p.data.kind === 'priority' && p.data.number === n);
  it('a priority: its number over its title; 第一 over 原文缺标题; another passage: its label', () => {
    expect(sectionCardText(byNumber(5)!.data, 'T')).toEqual({ kicker: '第五', heading: byNumber(5)!.data.title, footer: 'T' });
    expect(sectionCardText(byNumber(1)!.data, 'T')).toEqual({ kicker: '第一', heading: ui.reading.untitled, untitled: true, footer: 'T' });
    const other = passages.find((p) => p.data.kind === 'other')!;
    expect(sectionCardText(other.data, 'T')).toStrictEqual({ heading: other.data.title, footer: 'T' });
    expect(siteCardText('S', 'T')).toEqual({ heading: 'S', footer: 'T' });
  });
  it('converts every part to the edition’s script', () => {
    expect(cardInScript({ kicker: 'a', heading: 'b', footer: 'c' }, (t) => t.toUpperCase())).toEqual({ kicker: 'A', heading: 'B', footer: 'C' });
    expect(cardInScript({ heading: 'b', untitled: true, footer: 'c' }, (t) => t.toUpperCase())).toEqual({ heading: 'B', untitled: true, footer: 'C' });
  });
  it('names each card after its page', () => {
    expect(cardPath()).toBe('og/site.png');
    expect(passages.map((p) => cardPath(p))).toEqual(passages.map((p) => `og/${p.path.replace(/\/$/, '').replace('/', '-')}.png`));
  });
  it('draws 原文缺标题 muted and regular, a title in the text colour and bold', () => {
    const colours = cardColours(css);
    const style = (untitled: boolean) => ((cardTree({ kicker: '第一', heading: 'x', untitled, footer: 'T' }, colours).props.children as CardNode[])[0]?.props.children as CardNode[])[1]?.props.style;
    expect(style(true)).toMatchObject({ color: colours['--color-muted'], fontWeight: 400 });
    expect(style(false)).toMatchObject({ fontWeight: 700 });
    expect(style(false)?.['color']).toBeUndefined();
  });
  it('sizes the heading to fit the line, between 56 and 76 px', () => {
    const size = (heading: string) => ((cardTree({ heading, footer: 'T' }, cardColours(css)).props.children as CardNode[])[0]?.props.children as CardNode[])[0]?.props.style['fontSize'];
    expect(size('习近平强调')).toBe(76);
    expect(size('扎实推进长三角一体化发展座谈会')).toBe(Math.floor((CARD_WIDTH - 160) / 15));
    expect(size('字'.repeat(40))).toBe(56);
  });
});

describe('renderCards', () => {
  it('draws a 1200×630 PNG: the accent bar, margins of 80 px, the number in the accent colour, the title in the text colour, the speech’s title muted under a rule', async () => {
    const colours = cardColours(css);
    const [png] = await renderCards('simplified', [{ kicker: '第五', heading: '推动浦东高水平改革开放', footer: speech.title }], { cache: false });
    const image = PNG.sync.read(png as Buffer);
    expect([image.width, image.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const is = (x: number, y: number, hex: string) => rgb(hex).every((v, c) => Math.abs((image.data[(y * image.width + x) * 4 + c] as number) - v) <= 8);
    const count = (hex: string, [x0, x1]: [number, number], [y0, y1]: [number, number]) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (is(x, y, hex)) n++;
      return n;
    };
    const area = (x: [number, number], y: [number, number]) => (x[1] - x[0]) * (y[1] - y[0]);
    expect(count(colours['--color-accent'], [0, CARD_WIDTH], [0, 16])).toBe(area([0, CARD_WIDTH], [0, 16]));
    // Nothing in the margins but the background.
    for (const [x, y] of [[[0, 80], [16, CARD_HEIGHT]], [[CARD_WIDTH - 80, CARD_WIDTH], [16, CARD_HEIGHT]], [[0, CARD_WIDTH], [CARD_HEIGHT - 40, CARD_HEIGHT]], [[0, CARD_WIDTH], [16, 64]]] as [[number, number], [number, number]][]) {
      expect(count(colours['--color-bg'], x, y), `margin ${x} × ${y}`).toBe(area(x, y));
    }
    expect(count(colours['--color-accent'], [80, 400], [64, 160])).toBeGreaterThan(500);
    expect(count(colours['--color-text'], [80, CARD_WIDTH - 80], [160, 300])).toBeGreaterThan(5000);
    const rule = [...Array(CARD_HEIGHT).keys()].filter((y) => count(colours['--color-border'], [80, CARD_WIDTH - 80], [y, y + 1]) === CARD_WIDTH - 160);
    expect(rule.length).toBe(2);
    const mutedBelow = count(colours['--color-muted'], [80, CARD_WIDTH - 80], [(rule[1] as number) + 1, CARD_HEIGHT - 40]);
    expect(mutedBelow).toBeGreaterThan(2000);
    // Above the rule only the antialiased edges of dark strokes pass for muted.
    expect(count(colours['--color-muted'], [80, CARD_WIDTH - 80], [64, rule[0] as number])).toBeLessThan(mutedBelow / 10);
  }, 30_000);
});

describe('the card cache and the build’s cards', () => {
  const card = { heading: '习近平强调', footer: speech.title };
  it('keys a card by its layout and edition, stores it and reads it back', async () => {
    // A cache of its own: the build's (CACHE_DIR) may be in use.
    const dir = mkdtempSync(join(tmpdir(), 'share-cards-'));
    const tree = cardTree(card, cardColours(css));
    const key = cardKey('simplified', tree);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cardKey('traditional', tree)).not.toBe(key);
    expect(cardKey('simplified', cardTree({ ...card, heading: '习近平指出' }, cardColours(css)))).not.toBe(key);
    const [drawn] = await renderCards('simplified', [card], { cache: dir });
    expect(readFileSync(join(dir, `${key}.png`)).equals(drawn as Buffer)).toBe(true);
    writeFileSync(join(dir, `${key}.png`), 'cached');
    const [again] = await renderCards('simplified', [card], { cache: dir });
    expect(again?.toString()).toBe('cached');
    // One card cached, one not: the cached one is read, the other drawn.
    const [cachedAgain, other] = await renderCards('simplified', [card, { ...card, heading: '习近平指出' }], { cache: dir });
    expect(cachedAgain?.toString()).toBe('cached');
    expect(PNG.sync.read(other as Buffer).height).toBe(CARD_HEIGHT);
    rmSync(join(dir, `${key}.png`));
    // Without the cache nothing is stored.
    await renderCards('simplified', [card], { cache: false });
    expect(existsSync(join(dir, `${key}.png`))).toBe(false);
    expect(await renderCards('simplified', [])).toEqual([]);
    rmSync(dir, { recursive: true });
  }, 60_000);

  it('keys a card by the versions of what draws it; cuts the fonts to the characters drawn', () => {
    const tree = cardTree(card, cardColours(css));
    expect(rendererVersions('traditional')).toEqual(['satori', '@resvg/resvg-js', 'subset-font', '@expo-google-fonts/noto-sans-tc'].map((name) => `${name}@${JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version}`));
    expect(cardKey('simplified', tree)).toBe(cardKey('simplified', tree, rendererVersions('simplified')));
    expect(cardKey('simplified', tree, ['satori@1'])).not.toBe(cardKey('simplified', tree, ['satori@2']));
    expect(cardCharacters([{ kicker: '第五', heading: '五一', footer: '一二' }, { heading: '三', footer: '' }])).toBe('第五一二三');
  }, 30_000);

  it('renders an edition’s cards once per build, by name, and says how long it took', async () => {
    const log = vi.fn();
    const cards = vi.fn(async () => new Map([['a', card]]));
    const started = performance.now();
    const first = editionCards('traditional', cards, log);
    expect(editionCards('traditional', cards, log)).toBe(first);
    expect(cards).toHaveBeenCalledTimes(1);
    const rendered = await first;
    expect([...rendered.keys()]).toEqual(['a']);
    expect(PNG.sync.read(rendered.get('a') as Buffer).width).toBe(CARD_WIDTH);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/^\[share-cards\] traditional: 1 cards in \d+ ms$/);
    expect(Number(/(\d+) ms/.exec(log.mock.calls[0]?.[0] as string)?.[1])).toBeLessThanOrEqual(Math.ceil(performance.now() - started));
  }, 30_000);
});
