import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from 'github-slugger';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/audit/html-refs';
import { ui } from '../../src/i18n/ui';
import { EDITIONS, editionHref, type Edition } from '../../src/lib/editions';
import { sectionHeading, sectionLabel } from '../../src/lib/labels';
import { toTraditional } from '../../src/lib/traditional-script';
import { readContent } from '../support/content';
import { builds } from './support/site';

/**
 * One public address per section (issue 9), in the built HTML of both builds and both editions: the heading's "#"
 * links where 复制链接 copies from (the section's data-cite: /priorities/5/ on its page,
 * /full/#priority-5 on /full/); the heading keeps the id links shared before used
 * (#第五-推动浦东高水平改革开放); the page carries the quote's source (section label, speech
 * title); and neither the "#" nor the buttons' labels are text of the page, so quote links match
 * the page as every reader gets it (labels and "#" are drawn by CSS).
 */
const { passages, speech } = readContent();

const load = (dir: string, file: string): HTMLElement => parseHtml(readFileSync(join(dir, file), 'utf8'));
/** The page's words in an edition: the traditional one is converted from the simplified. */
const words: Record<Edition, (text: string) => string> = { simplified: (text) => text, traditional: toTraditional };

describe.each(builds.flatMap((build) => EDITIONS.map((edition) => ({ ...build, edition }))))('$name, $edition', ({ dir, base, edition }) => {
  const path = (page: string) => editionHref(page, edition, base);
  const file = (page: string) => `${path(page).slice(base.length)}index.html`;
  const pages = [
    ...passages.map((p) => ({ file: file(p.path), sections: [{ p, cite: path(p.path), rank: 'h1' }] })),
    { file: file('full/'), sections: passages.map((p) => ({ p, cite: `${path('full/')}#${p.anchor}`, rank: 'h2' })) },
  ];

  describe.each(pages)('$file', ({ file, sections }) => {
    const root = load(dir, file);
    const found = root.querySelectorAll('main section.passage');

    it('has its sections, in order, each with its address and label', () => {
      expect(found.map((s) => [s.getAttribute('data-cite'), s.getAttribute('data-label')])).toEqual(
        sections.map(({ p, cite }) => [cite, words[edition](sectionLabel(p.data))]),
      );
    });

    it.each(sections.map((s, index) => [s.p.id, index, s] as const))('%s: the heading’s "#" links to the address 复制链接 copies; the heading keeps its old id', (_id, index, { p, cite, rank }) => {
      const section = found[index];
      const heading = section?.querySelector(`.passage-head .heading > ${rank}`);
      expect(heading?.getAttribute('id')).toBe(slug(sectionHeading(p.data)));
      expect(section?.querySelector('.passage-head .heading > a.anchor')?.getAttribute('href')).toBe(cite);
      expect(section?.querySelectorAll('a.anchor')).toHaveLength(1);
      expect(section?.querySelector('button.copy-link')?.getAttribute('aria-label')).toBe(words[edition](ui.reading.copyLink));
    });

    it('gives the speech title to the quote buttons', () => {
      expect(root.querySelector('.quote-tools')?.getAttribute('data-title')).toBe(words[edition](speech.title));
    });

    it('has no "#" or button label in its text', () => {
      for (const element of root.querySelectorAll('a.anchor, button')) {
        expect(element.textContent.trim(), `${element.outerHTML} in ${file}`).toBe('');
        expect(element.getAttribute('aria-label'), `${element.outerHTML} in ${file}`).toBeTruthy();
      }
    });
  });
});
