import type { APIRoute, GetStaticPaths } from 'astro';
import { ui } from '../../../i18n/ui';
import { cache } from '../../../lib/build-cache';
import { EDITIONS, editionPaths, type Edition } from '../../../lib/editions';
import { getPassages } from '../../../lib/passages';
import { cardInScript, cardPath, sectionCardText, siteCardText, type CardText } from '../../../lib/share-card';
import { editionCards } from '../../../lib/share-card-render';
import { speech } from '../../../lib/speech';

/**
 * The share cards (Open Graph images, 1200×630 PNG) of each edition: /og/site.png, and one per
 * section, /og/priorities-5.png, /og/passages-han-zheng.png; under /zh-hant/ in traditional
 * characters. Pages only name them in their metadata (src/layouts/Base.astro); none loads them.
 */
const name = (path: string) => path.replace(/^og\//, '').replace(/\.png$/, '');

async function cardsOf(edition: Edition): Promise<Map<string, CardText>> {
  const passages = await getPassages();
  const cards: [string, CardText][] = [
    [name(cardPath()), siteCardText(ui.siteName, speech.title)],
    ...passages.map((p): [string, CardText] => [name(cardPath(p)), sectionCardText(p.data, speech.title)]),
  ];
  if (edition === 'simplified') return new Map(cards);
  const converted = await cache.text('traditional-cards', JSON.stringify(cards), async () => {
    const { toTraditional } = await import('../../../lib/traditional-script');
    return JSON.stringify(cards.map(([card, text]) => [card, cardInScript(text, toTraditional)]));
  });
  return new Map(JSON.parse(converted) as [string, CardText][]);
}

export const getStaticPaths = (async () => {
  const passages = await getPassages();
  const names = [cardPath(), ...passages.map((p) => cardPath(p))].map(name);
  return editionPaths().flatMap(({ params, props }) => names.map((card) => ({ params: { ...params, card }, props })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }, { card: string }> = async ({ props, params }) => {
  // Both editions start on the first card, so their rendering overlaps.
  const all = await Promise.all(EDITIONS.map(async (edition) => [edition, await editionCards(edition, () => cardsOf(edition))] as const));
  const png = new Map(all).get(props.edition)?.get(params.card);
  if (!png) throw new Error(`share card "${params.card}" (${props.edition}): no such card`);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
