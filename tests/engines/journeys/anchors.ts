import { slug } from 'github-slugger';
import { describe, it } from 'vitest';
import { encodeTerm } from '../../../src/browser/text-fragment';
import { sectionHeading, sectionLabel } from '../../../src/lib/labels';
import { readPassages } from '../../support/content';
import { quotesOf } from '../../support/quotes';
import { boxOf, boxOfText, defined, desktop, eventually, inView, nearTop, phone } from '../support/checks';
import type { Engine } from '../support/suite';

/**
 * Journey 2: links into /full/ land with their target in view, at phone and desktop width: the
 * section address (#priority-N), a heading id shared before (rehype-slug's, README "URLs") and
 * text fragments (#:~:text=…) to a sentence, written three ways (below).
 */
const passages = readPassages();
const priorities = passages.filter((p) => p.data.kind === 'priority');
const middle = defined(priorities[Math.floor(priorities.length / 2)], 'priority');
/**
 * Sections far enough down /full/ that only a working link shows them: the middle and the last
 * priority (#priority-N), and the last passage (#<id>).
 */
const sections = [...new Set([middle, priorities.at(-1), passages.at(-1)])].flatMap((p) => (p ? [p] : []));
const oldId = slug(sectionHeading(middle.data));

/** Everything /full/ shows that a text directive could match besides the passages' text: their headings and labels. */
const elsewhere = passages.flatMap((p) => [sectionHeading(p.data), sectionLabel(p.data)]);
const speechText = passages.map((p) => p.text).join('\n');
const once = (text: string) => speechText.indexOf(text) === speechText.lastIndexOf(text) && !elsewhere.some((label) => label.includes(text));

/**
 * A sentence of three or more clauses far down /full/ (from the last passage that has one),
 * whose first and last clauses each occur once on the page, so a textStart,textEnd directive
 * of them can only match that sentence.
 */
const lastToFirst = passages.toReversed().flatMap((p) => quotesOf(p).map((q) => q.text));
const sentence = defined(
  lastToFirst.find((text) => {
    const parts = text.split('，');
    return /[。！？]$/.test(text) && parts.length >= 3 && text.length <= 80 && once(parts[0] ?? '') && once(parts.at(-1) ?? '');
  }),
  'sentence of three clauses whose first and last clause occur once',
);
const clauses = sentence.split('，');
const [firstClause = '', lastClause = ''] = [clauses[0], clauses.at(-1)];

/**
 * Ways to write a text directive for the sentence: its UTF-8 percent-encoded, as a person
 * would; as the site's generator (text-fragments-polyfill, src/browser/text-fragment.ts) writes
 * it, Unicode-normalised (NFKD), so "，" is an ASCII comma, escaped as %2C; its first and last
 * clause as textStart,textEnd.
 */
const fragments = [
  { name: 'the whole sentence', directive: encodeTerm(sentence) },
  { name: 'the whole sentence as the generator writes it (“，” as %2C)', directive: encodeTerm(sentence.normalize('NFKD')) },
  { name: 'its first and last clause (textStart,textEnd)', directive: `${encodeTerm(firstClause)},${encodeTerm(lastClause)}` },
];

export function anchors(engine: Engine): void {
  for (const viewport of [phone, desktop]) {
    describe(`links into /full/ at ${viewport.width} px`, () => {
      for (const p of sections) {
        it(`#${p.anchor} shows its heading near the top`, async () => {
          const { driver } = engine;
          await driver.setViewport(viewport);
          await driver.goto(`full/#${p.anchor}`);
          await eventually(driver, `/full/#${p.anchor} should show its heading near the top`, () => boxOf(driver, `section#${p.anchor} h2`), nearTop);
        });
      }

      it(`the heading id shared before, #${oldId}, shows its heading near the top`, async () => {
        const { driver } = engine;
        await driver.setViewport(viewport);
        await driver.goto(`full/#${encodeURIComponent(oldId)}`);
        await eventually(driver, `/full/#${oldId} should show its heading near the top`, () => boxOf(driver, `h2[id="${oldId}"]`), nearTop);
      });

      for (const { name, directive } of fragments) {
        it(`a text fragment of ${name} shows the sentence (“${sentence}”)`, async () => {
          const { driver } = engine;
          await driver.setViewport(viewport);
          await driver.goto(`full/#:~:text=${directive}`);
          await eventually(driver, `#:~:text=${directive} should show “${sentence}”`, () => boxOfText(driver, sentence), inView);
        });
      }
    });
  }
}
