import type { PassageLike } from '../schema/collection';
import type { PassageData } from '../schema/passage';
import { ui } from '../i18n/ui';
import { sectionLabel, sectionName } from './labels';
import { phrases } from './phrases';
import { passagePath } from './routes';

/**
 * A share card (Open Graph image, 1200×630) as a layout tree for satori: the section's name large,
 * broken only between phrases (each phrase a box satori does not split, like `span.phrases` with
 * `word-break: keep-all` on the pages), over the speech's title, in the site's own colours.
 * Pure: the fonts and the rendering are in share-card-render.ts.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 80;
const CONTENT_WIDTH = CARD_WIDTH - 2 * MARGIN;

/** The custom properties of src/styles/global.css a card is drawn in (the light theme). */
export const CARD_COLOURS = ['--color-bg', '--color-surface', '--color-text', '--color-muted', '--color-accent', '--color-border'] as const;
export type CardColours = Record<(typeof CARD_COLOURS)[number], string>;

/** The first (light-theme) value of each card colour in a stylesheet; a missing one is an error naming it. */
export function cardColours(css: string, file = 'src/styles/global.css'): CardColours {
  const entries = CARD_COLOURS.map((name) => {
    const found = new RegExp(`${name}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(css);
    if (!found?.[1]) throw new Error(`${file}: custom property "${name}" (a #hex colour) not found; share cards are drawn in it`);
    return [name, found[1]] as const;
  });
  return Object.fromEntries(entries) as CardColours;
}

export interface CardText {
  /** Small line above the heading in the accent colour: the site's name, or "第五". */
  kicker?: string | undefined;
  /** The large text: the section's title, or the site's name. */
  heading: string;
  /** The heading says the source lacks a title (原文缺标题): drawn muted, as the contents show it, not as a title. */
  untitled?: boolean;
  /** Under a rule at the foot: the speech's title. */
  footer: string;
}

/** A satori element (what JSX would make), typed just enough for this tree. */
export interface CardNode {
  type: 'div' | 'span';
  props: { style: Record<string, string | number>; children?: CardNode[] | string };
}

const box = (style: CardNode['props']['style'], children: CardNode[] | string): CardNode => ({ type: 'div', props: { style, children } });

/**
 * Text that wraps only between its phrases: each word (the text split at spaces, as the speech's
 * title is) starts a line of its own, and within it each phrase is a box satori never splits.
 */
export function phraseRun(text: string, style: CardNode['props']['style']): CardNode {
  const lines = text.split(' ').filter((word) => word !== '');
  const row = (word: string) => box({ display: 'flex', flexWrap: 'wrap', width: CONTENT_WIDTH }, phrases(word).map((phrase) => box({ flexShrink: 0 }, phrase)));
  return box({ display: 'flex', flexDirection: 'column', width: CONTENT_WIDTH, ...style }, lines.map(row));
}

/** The card: margins of 80 px, the heading in bold at up to 76 px, the speech's title at the foot. */
export function cardTree(text: CardText, colours: CardColours): CardNode {
  // As large as fits on one line, between 56 and 76 px: a longer title wraps between phrases.
  const headingSize = Math.max(56, Math.min(76, Math.floor(CONTENT_WIDTH / text.heading.length)));
  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      paddingTop: 64,
      paddingRight: MARGIN,
      paddingBottom: 64,
      paddingLeft: MARGIN,
      backgroundColor: colours['--color-bg'],
      borderTop: `16px solid ${colours['--color-accent']}`,
      color: colours['--color-text'],
      fontFamily: 'Noto Sans',
    },
    [
      box({ display: 'flex', flexDirection: 'column', width: CONTENT_WIDTH }, [
        ...(text.kicker ? [phraseRun(text.kicker, { fontSize: 40, fontWeight: 700, color: colours['--color-accent'], marginBottom: 24 })] : []),
        phraseRun(text.heading, { fontSize: headingSize, fontWeight: text.untitled ? 400 : 700, lineHeight: 1.3, ...(text.untitled ? { color: colours['--color-muted'] } : {}) }),
      ]),
      box({ display: 'flex', flexDirection: 'column', width: CONTENT_WIDTH, borderTop: `2px solid ${colours['--color-border']}`, paddingTop: 28 }, [
        phraseRun(text.footer, { fontSize: 30, fontWeight: 400, lineHeight: 1.5, color: colours['--color-muted'] }),
      ]),
    ],
  );
}

/** What a section's card says: "第五" over its title (over 原文缺标题 where the source lacks it), or its label alone. */
export function sectionCardText(data: PassageData, speechTitle: string): CardText {
  const { number, title } = sectionName(data);
  if (number === undefined) return { heading: sectionLabel(data), footer: speechTitle };
  return title === undefined ? { kicker: number, heading: ui.reading.untitled, untitled: true, footer: speechTitle } : { kicker: number, heading: title, footer: speechTitle };
}

/** The site's card (home, full text, about, search, 404): the site's name over the speech's title. */
export function siteCardText(siteName: string, speechTitle: string): CardText {
  return { heading: siteName, footer: speechTitle };
}

/** The card's file name, site-relative without the edition: og/priorities-5.png, og/passages-han-zheng.png, og/site.png. */
export function cardPath(passage?: PassageLike): string {
  return `og/${passage ? passagePath(passage).replace(/\/$/, '').replace('/', '-') : 'site'}.png`;
}

/** A card's text in the edition's script, every part converted. */
export function cardInScript(card: CardText, convert: (text: string) => string): CardText {
  return { ...card, ...(card.kicker === undefined ? {} : { kicker: convert(card.kicker) }), heading: convert(card.heading), footer: convert(card.footer) };
}
