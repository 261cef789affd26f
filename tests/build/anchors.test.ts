import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from 'github-slugger';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/audit/html-refs';
import { sectionHeading, sectionLabel } from '../../src/lib/labels';
import { withBase } from '../../src/lib/routes';
import { readContent } from '../support/content';
import { builds } from './support/site';

/**
 * One public address per section (issue 9), in the built HTML of both builds: the heading's "#"
 * links where 复制链接 copies from (the section's data-cite: /priorities/5/ on its page,
 * /full/#priority-5 on /full/); the heading keeps the id links shared before used
 * (#第五-推动浦东高水平改革开放); the page carries the quote's source (section label, speech
 * title); and neither the "#" nor the buttons' labels are text of the page, so quote links match
 * the page as every reader gets it (labels and "#" are drawn by CSS).
 */
const { passages, speech } = readContent();

const load = (dir: string, file: string): HTMLElement => parseHtml(readFileSync(join(dir, file), 'utf8'));

describe.each(builds)('$name', ({ dir, base }) => {
  const pages = [
    ...passages.map((p) => ({ file: `${p.path}index.html`, sections: [{ p, cite: withBase(p.path, base), rank: 'h1' }] })),
    { file: 'full/index.html', sections: passages.map((p) => ({ p, cite: withBase(`full/#${p.anchor}`, base), rank: 'h2' })) },
  ];

  describe.each(pages)('$file', ({ file, sections }) => {
    const root = load(dir, file);
    const found = root.querySelectorAll('main section.passage');

    it('has its sections, in order, each with its address and label', () => {
      expect(found.map((s) => [s.getAttribute('data-cite'), s.getAttribute('data-label')])).toEqual(
        sections.map(({ p, cite }) => [cite, sectionLabel(p.data)]),
      );
    });

    it.each(sections.map((s, index) => [s.p.id, index, s] as const))('%s: the heading’s "#" links to the address 复制链接 copies; the heading keeps its old id', (_id, index, { p, cite, rank }) => {
      const section = found[index];
      const heading = section?.querySelector(`.passage-head .heading > ${rank}`);
      expect(heading?.getAttribute('id')).toBe(slug(sectionHeading(p.data)));
      expect(section?.querySelector('.passage-head .heading > a.anchor')?.getAttribute('href')).toBe(cite);
      expect(section?.querySelectorAll('a.anchor')).toHaveLength(1);
      expect(section?.querySelector('button.copy-link')?.getAttribute('aria-label')).toBe('复制链接');
    });

    it('gives the speech title to the quote buttons', () => {
      expect(root.querySelector('.quote-tools')?.getAttribute('data-title')).toBe(speech.title);
    });

    it('has no "#" or button label in its text', () => {
      for (const element of root.querySelectorAll('a.anchor, button')) {
        expect(element.textContent.trim(), `${element.outerHTML} in ${file}`).toBe('');
        expect(element.getAttribute('aria-label'), `${element.outerHTML} in ${file}`).toBeTruthy();
      }
    });
  });
});
