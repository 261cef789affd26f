import { describe, expect, it } from 'vitest';
import { ui } from '../../../src/i18n/ui';
import { readPassages, type ContentPassage } from '../../support/content';
import { quotesOf, type Quote } from '../../support/quotes';
import { sectionHeading } from '../../../src/lib/labels';
import { boxOfQuote, desktop, eventually, expectNoProblems, inView, phone } from '../support/checks';
import type { Driver, EngineName, Viewport } from '../support/driver';
import type { Engine, QuoteLink, Suite } from '../support/suite';

/**
 * Journey 4: select a sentence in a passage, press 复制引用链接, and the link it copies opens with
 * the sentence in view, in the engine that made it and in the other two. The selection is made
 * in the page (a Range added to the Selection fires selectionchange, which src/browser/enhance.ts
 * listens for); the click is a real one, so the page's clipboard call runs with the user
 * activation browsers require. The drivers cannot read the system clipboard of a headless
 * browser, so the harness records what the page passes to navigator.clipboard, and the check
 * also waits for the page's 已复制, which it shows only once the real call has resolved.
 */
const passages = readPassages();
const priorities = passages.filter((p) => p.data.kind === 'priority');

/** Where a quote is selected: the page and window size, the section holding it there, and its URL in that page. */
interface QuoteSpot {
  path: string;
  viewport: Viewport;
  section: string;
  /** The section's address on that page: the link starts with it. */
  address: string;
  quote: Quote;
  /** Out of view when its page opens at the top, so only a link that finds it can show it. */
  belowTheFold: boolean;
}

function spot(
  passage: ContentPassage | undefined,
  { onFull = false, viewport = desktop }: { onFull?: boolean; viewport?: Viewport },
  pick: (quotes: Quote[]) => Quote | undefined,
): QuoteSpot {
  const quote = passage && pick(quotesOf(passage));
  if (!passage || !quote) throw new Error('content/passages has no quote of the kind the quote journey needs');
  return onFull
    ? { path: 'full/', viewport, section: `section#${passage.anchor}`, address: `full/#${passage.anchor}`, quote, belowTheFold: true }
    : { path: passage.path, viewport, section: 'main section.passage', address: passage.path, quote, belowTheFold: false };
}

const isSentence = (q: Quote) => /[。！？]$/.test(q.text);
/** A passage whose heading (and so its entries in the contents and the phone's 目录 menu) is its first words. */
const namedByItsWords = passages.find((p) => p.data.kind === 'other' && p.text.startsWith(sectionHeading(p.data)));

/** A few quotes, chosen by rule from content/, each for a reason. */
const spots: QuoteSpot[] = [
  // A long sentence of several clauses: the generator writes its "，" as %2C.
  spot(
    priorities[Math.floor(priorities.length / 2)],
    { onFull: true },
    (quotes) => quotes.filter(isSentence).sort((a, b) => b.text.length - a.text.length)[0],
  ),
  // A clause that is unique only with words before and after it (prefix-,text,-suffix).
  spot(priorities.at(-1), { onFull: true }, (quotes) => quotes.filter((q) => !isSentence(q))[1]),
  // The first sentence of the last passage, at the very end of the page.
  spot(passages.at(-1), { onFull: true }, (quotes) => quotes[0]),
  // At phone width, on its own page: words that are also its heading and its entry in the closed
  // 目录 menu; the link opens at the text and leaves the menu closed.
  spot(namedByItsWords, { viewport: phone }, (quotes) => quotes.find((q) => !isSentence(q))),
];

/** Select the quote in the page, press 复制引用链接, and return the link the page copied. */
async function copyQuoteLink(driver: Driver, { path, viewport, section, quote, address, belowTheFold }: QuoteSpot): Promise<string> {
  await driver.setViewport(viewport);
  await driver.goto(path);
  if (belowTheFold) expect(inView(await boxOfQuote(driver, section, quote)), `${driver.engine}: “${quote.text}” at the top of /${path}`).toBe(false);
  await driver.evaluate(
    (at, q) => {
      const selection = getSelection();
      if (!selection || !window.engineHarness) throw new Error('no selection or no harness');
      selection.removeAllRanges();
      selection.addRange(window.engineHarness.quoteRange(at, q));
    },
    section,
    quote,
  );
  await eventually(
    driver,
    `the quote buttons should appear beside “${quote.text}”`,
    () => driver.evaluate(() => document.querySelector<HTMLElement>('.quote-tools')?.hidden === false),
    Boolean,
  );
  const before = (await driver.clipboardWrites()).length;
  await driver.click('.quote-tools button[data-copy="link"]');
  await eventually(
    driver,
    `the page should say ${ui.reading.copied} (the clipboard call resolved)`,
    async () => ({
      status: await driver.evaluate(() => document.querySelector('[data-copy-status]')?.textContent ?? ''),
      clipboardCalls: (await driver.clipboardWrites()).slice(before),
    }),
    ({ status }) => status === ui.reading.copied,
  );
  const writes = await eventually(
    driver,
    `the harness should have recorded the text written`,
    () => driver.clipboardWrites(),
    (all) => all.length > before && all.at(-1)?.text !== undefined,
  );
  expect(writes.slice(before), `${driver.engine}: clipboard calls of one press`).toEqual([{ text: expect.any(String), outcome: 'resolved' }]);
  const link = writes.at(-1)?.text ?? '';
  const prefix = new URL(address, driver.siteUrl).href;
  expect(link.startsWith(`${prefix}${prefix.includes('#') ? '' : '#'}:~:text=`), `${driver.engine} copied ${link}`).toBe(true);
  await expectNoProblems(driver, `/${path} after copying a quote link`);
  return link;
}

/** Open a quote link as a new document, at the window size it was made at; the quote should come into view. */
async function expectOpensAtQuote(driver: Driver, { link, viewport, section, quote }: QuoteLink, madeIn: EngineName): Promise<void> {
  await driver.setViewport(viewport);
  await driver.goto(link);
  await eventually(
    driver,
    `${decodeURIComponent(link)} (made in ${madeIn}) should show “${quote.text}”, the 目录 menu closed`,
    async () => ({
      quote: await boxOfQuote(driver, section, quote),
      menuOpen: await driver.evaluate(() => document.querySelector<HTMLDetailsElement>('details.toc-menu')?.open ?? false),
    }),
    (seen) => inView(seen.quote) && !seen.menuOpen,
  );
}

export function quotes(engine: Engine, suite: Suite): void {
  describe('quote links', () => {
    for (const at of spots) {
      it(`${at.viewport.width} px: selecting “${at.quote.text}” on /${at.path} offers 复制引用链接; the link it copies opens with the quote in view`, async ({
        annotate,
      }) => {
        const { driver } = engine;
        const link = await copyQuoteLink(driver, at);
        await annotate(`copied ${link}`);
        const made = { link, viewport: at.viewport, section: at.section, quote: at.quote };
        suite.quoteLinks.set(driver.engine, [...(suite.quoteLinks.get(driver.engine) ?? []), made]);
        await expectOpensAtQuote(driver, made, driver.engine);
      });
    }
  });
}

/** The cross-check: the links each engine made above (and Chromium makes here) open in the other two. */
export function quotesAcrossEngines(suite: Suite): void {
  describe('quote links across engines', () => {
    const engines = { firefox: suite.engine('firefox'), webkit: suite.engine('webkit'), chromium: suite.engine('chromium') };

    it(`Chromium copies links for the same ${spots.length} quotes`, async ({ annotate }) => {
      const { driver } = engines.chromium;
      const made: QuoteLink[] = [];
      for (const at of spots) made.push({ link: await copyQuoteLink(driver, at), viewport: at.viewport, section: at.section, quote: at.quote });
      suite.quoteLinks.set('chromium', made);
      for (const { link } of made) await annotate(`copied ${link}`);
    });

    const names = Object.keys(engines) as EngineName[];
    for (const maker of names) {
      for (const opener of names.filter((name) => name !== maker)) {
        it(`links made in ${maker} open at their quote in ${opener}`, async () => {
          const links = suite.quoteLinks.get(maker) ?? [];
          expect(links.length, `quote links made in ${maker} (none if its quote journey failed)`).toBe(spots.length);
          for (const link of links) await expectOpensAtQuote(engines[opener].driver, link, maker);
        });
      }
    }
  });
}
