import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEntry, writeEntry } from './build-cache';
import type { Edition } from './editions';
import { CARD_HEIGHT, CARD_WIDTH, cardColours, cardTree, type CardNode, type CardText } from './share-card';

/**
 * Share cards as PNG, at build time only. The typeface is Noto Sans SC, or TC for the traditional
 * edition (glyph shapes differ by region, as the pages' font stacks say), from the npm packages of
 * Google Fonts' files; each font is cut down to the characters the cards use before satori reads
 * it (a whole CJK font is 10 MB; its subset a few KB), once per build and edition. A card already
 * rendered from the same layout, fonts and renderer versions comes from a cache on disk.
 */
const FONT_PACKAGES: Record<Edition, string> = { simplified: '@expo-google-fonts/noto-sans-sc', traditional: '@expo-google-fonts/noto-sans-tc' };
const FONT_FILES: Record<Edition, Record<400 | 700, string>> = {
  simplified: { 400: '400Regular/NotoSansSC_400Regular.ttf', 700: '700Bold/NotoSansSC_700Bold.ttf' },
  traditional: { 400: '400Regular/NotoSansTC_400Regular.ttf', 700: '700Bold/NotoSansTC_700Bold.ttf' },
};
/** What a card's pixels depend on besides its layout tree. */
const RENDERERS = ['satori', '@resvg/resvg-js', 'subset-font'];
const STYLESHEET = 'src/styles/global.css';
export const CACHE_DIR = 'node_modules/.cache/share-cards';

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

const packageVersion = (name: string): string => (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** The two weights of an edition's typeface, subset to `characters`. */
export async function cardFonts(edition: Edition, characters: string): Promise<Font[]> {
  return Promise.all(
    ([400, 700] as const).map(async (weight) => {
      const file = join('node_modules', FONT_PACKAGES[edition], FONT_FILES[edition][weight]);
      const { default: subsetFont } = await import('subset-font');
      const data = await subsetFont(readFileSync(file), characters);
      return { name: 'Noto Sans', data, weight, style: 'normal' as const };
    }),
  );
}

/** The installed versions of everything that draws an edition's cards. */
export function rendererVersions(edition: Edition): string[] {
  return [...RENDERERS, FONT_PACKAGES[edition]].map((name) => `${name}@${packageVersion(name)}`);
}

/** The cache key of a card: its layout tree, its typeface and the versions of everything that draws it. */
export function cardKey(edition: Edition, tree: CardNode, versions: readonly string[] = rendererVersions(edition)): string {
  return createHash('sha256').update(JSON.stringify({ tree, fonts: FONT_FILES[edition], versions })).digest('hex');
}

/** Every character the cards draw, once: what the fonts are cut down to. */
export const cardCharacters = (cards: readonly CardText[]): string => [...new Set(cards.flatMap((c) => [...`${c.kicker ?? ''}${c.heading}${c.footer}`]))].join('');

/** Renders the cards of one edition (in its script already): one PNG per card, in order; `cache`: the cache's folder, or none. */
export async function renderCards(edition: Edition, cards: readonly CardText[], { cache = CACHE_DIR as string | false } = {}): Promise<Buffer[]> {
  const colours = cardColours(readFileSync(STYLESHEET, 'utf8'), STYLESHEET);
  const trees = cards.map((card) => cardTree(card, colours));
  const versions = rendererVersions(edition);
  const keys = trees.map((tree) => cardKey(edition, tree, versions));
  const hits = keys.map((key) => (cache ? readEntry(join(cache, `${key}.png`)) : undefined));
  if (hits.every((hit) => hit !== undefined)) return hits;
  // The renderer loads only when a card must be drawn: from the cache, a build skips its start-up.
  const [{ default: satori }, { renderAsync }, fonts] = await Promise.all([
    import('satori'),
    import('@resvg/resvg-js'),
    cardFonts(edition, cardCharacters(cards)),
  ]);
  return Promise.all(
    trees.map(async (tree, i) => {
      const hit = hits[i];
      if (hit) return hit;
      // satori's element type is React's; the tree is the plain object JSX would give.
      const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
      // Off the main thread (libuv's pool), so the cards rasterise side by side.
      const png = (await renderAsync(svg)).asPng();
      if (cache) writeEntry(join(cache, `${keys[i] as string}.png`), png);
      return png;
    }),
  );
}

const editions = new Map<Edition, Promise<Map<string, Buffer>>>();

/**
 * Every card of an edition, by name (`cards()` says which, asked once), rendered on the first
 * request and kept for the build, and the time it took logged (`npm run bench` shows it).
 */
export function editionCards(
  edition: Edition,
  cards: () => Promise<ReadonlyMap<string, CardText>>,
  log: (message: string) => void = console.info,
): Promise<Map<string, Buffer>> {
  let rendered = editions.get(edition);
  if (!rendered) {
    const started = performance.now();
    rendered = cards().then(async (texts) => {
      const pngs = await renderCards(edition, [...texts.values()]);
      log(`[share-cards] ${edition}: ${pngs.length} cards in ${Math.round(performance.now() - started)} ms`);
      return new Map([...texts.keys()].map((name, i) => [name, pngs[i] as Buffer]));
    });
    editions.set(edition, rendered);
  }
  return rendered;
}
