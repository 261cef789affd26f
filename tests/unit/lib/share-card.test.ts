import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it, vi } from 'vitest';
import { ui } from '../../../src/i18n/ui';
import { phrases } from '../../../src/lib/phrases';
import { CACHE_DIR, cardKey, editionCards, renderCards } from '../../../src/lib/share-card-render';
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
  });
});

describe('card texts', () => {
  const byNumber = (n: number) => passages.find((p) => p.data.kind === 'priority' && p.data.number === n);
  it('a priority: its number over its title; 第一 over 原文缺标题; another passage: its label', () => {
    expect(sectionCardText(byNumber(5)!.data, 'T')).toEqual({ kicker: '第五', heading: byNumber(5)!.data.title, footer: 'T' });
    expect(sectionCardText(byNumber(1)!.data, 'T')).toEqual({ kicker: '第一', heading: ui.reading.untitled, untitled: true, footer: 'T' });
    const other = passages.find((p) => p.data.kind === 'other')!;
    expect(sectionCardText(other.data, 'T')).toEqual({ heading: other.data.title, footer: 'T' });
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
  it('draws a 1200×630 PNG in the site’s background colour with the text inked on it', async () => {
    const [png] = await renderCards('simplified', [{ kicker: '第五', heading: '推动浦东高水平改革开放', footer: speech.title }], { cache: false });
    const image = PNG.sync.read(png as Buffer);
    expect([image.width, image.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    const bg = cardColours(css)['--color-bg'];
    const at = (x: number, y: number) => `#${[...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    expect(at(CARD_WIDTH - 10, CARD_HEIGHT / 2)).toBe(bg);
    let inked = 0;
    for (let i = 0; i < image.data.length; i += 4) if ((image.data[i] as number) < 128) inked++;
    expect(inked).toBeGreaterThan(5000);
  }, 30_000);
});

describe('the card cache and the build’s cards', () => {
  const card = { heading: '习近平强调', footer: speech.title };
  it('keys a card by its layout and edition, stores it and reads it back', async () => {
    const tree = cardTree(card, cardColours(css));
    const key = cardKey('simplified', tree);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cardKey('traditional', tree)).not.toBe(key);
    expect(cardKey('simplified', cardTree({ ...card, heading: '习近平指出' }, cardColours(css)))).not.toBe(key);
    rmSync(join(CACHE_DIR, `${key}.png`), { force: true });
    const [drawn] = await renderCards('simplified', [card]);
    expect(readFileSync(join(CACHE_DIR, `${key}.png`)).equals(drawn as Buffer)).toBe(true);
    writeFileSync(join(CACHE_DIR, `${key}.png`), 'cached');
    const [again] = await renderCards('simplified', [card]);
    expect(again?.toString()).toBe('cached');
    rmSync(join(CACHE_DIR, `${key}.png`));
    expect(await renderCards('simplified', [])).toEqual([]);
  }, 30_000);

  it('renders an edition’s cards once per build, by name, and says how long it took', async () => {
    const log = vi.fn();
    const cards = new Map([['a', card]]);
    const first = editionCards('traditional', cards, log);
    expect(editionCards('traditional', cards, log)).toBe(first);
    const rendered = await first;
    expect([...rendered.keys()]).toEqual(['a']);
    expect(PNG.sync.read(rendered.get('a') as Buffer).width).toBe(CARD_WIDTH);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/^\[share-cards\] traditional: 1 cards in \d+ ms$/);
  }, 30_000);
});
