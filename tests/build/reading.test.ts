import { QUERY_MAX_LENGTH } from '../../src/search/section';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { searchUi, ui } from '../../src/i18n/ui';
import { sectionHeading, sectionLabel } from '../../src/lib/labels';
import { readContent } from '../support/content';
import { builds, htmlFilesOf, readPage, textOf } from './support/site';

/**
 * What a reader sees without JavaScript, read from the built HTML of both builds: each section
 * page with its heading, text, table of contents and previous/next; the home, full-text, about
 * and 404 pages; and no control anywhere that only JavaScript could make work.
 */
const { passages, speech } = readContent();

/** The one element matching `selector` in `root`; fails naming the selector otherwise. */
function only(root: HTMLElement, selector: string): HTMLElement {
  const found = root.querySelectorAll(selector);
  expect(found.length, `elements matching ${selector}`).toBe(1);
  return found[0] as HTMLElement;
}

const hrefs = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).map((a) => a.getAttribute('href'));

for (const build of builds) {
  const page = (file: string) => readPage(build, file);
  const url = (path: string) => build.base + path;

  describe(`section pages of the ${build.name}`, () => {
    describe.each(passages.map((p, index) => [p.path, p, index] as const))('/%s', (_path, passage, index) => {
      const root = page(`${passage.path}index.html`);

      it('one <h1>: the section heading; every paragraph of the passage in the body', () => {
        expect(textOf(only(root, 'h1'))).toBe(sectionHeading(passage.data));
        const paragraphs = root.querySelectorAll('main .passage-body p').map(textOf);
        expect(paragraphs).toEqual(passage.paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()));
      });

      it('the editor’s note, where the passage has one', () => {
        expect(root.querySelectorAll('main .note').map(textOf)).toEqual(
          passage.data.note === undefined ? [] : [`${ui.reading.note}：${passage.data.note}`],
        );
      });

      it('the table of contents lists every section, this one marked as the current page', () => {
        const toc = only(root, '.toc-sidebar nav.toc');
        expect(hrefs(toc, 'a')).toEqual([...passages.map((p) => url(p.path)), url('full/'), url('about/')]);
        const current = only(toc, 'a[aria-current="page"]');
        expect(current.getAttribute('href')).toBe(url(passage.path));
        expect(textOf(current).replace(/\s/g, '')).toBe(sectionLabel(passage.data).replace(/[\s（）]/g, ''));
      });

      it('previous and next link the neighbours in reading order, by their labels', () => {
        const neighbours = { prev: passages[index - 1], next: passages[index + 1] };
        for (const [rel, neighbour] of Object.entries(neighbours)) {
          const links = root.querySelectorAll(`a[rel="${rel}"]`);
          expect(links.map((a) => a.getAttribute('href')), `a[rel=${rel}]`).toEqual(neighbour ? [url(neighbour.path)] : []);
          expect(links.map(textOf)).toEqual(
            neighbour ? [`${rel === 'prev' ? ui.reading.prev : ui.reading.next} ${sectionLabel(neighbour.data)}`] : [],
          );
        }
      });
    });
  });

  describe(`site pages of the ${build.name}`, () => {
    it('/: the title, what this is, and the table of contents', () => {
      const root = page('index.html');
      expect(textOf(only(root, 'h1'))).toBe(speech.title);
      expect(textOf(only(root, 'main'))).toContain(ui.reading.intro);
      expect(hrefs(only(root, 'main nav.toc'), 'a')).toEqual([...passages.map((p) => url(p.path)), url('full/'), url('about/')]);
    });

    it('/full/: every passage in reading order, at its anchor, under its heading', () => {
      const sections = page('full/index.html').querySelectorAll('main section.passage');
      expect(sections.map((s) => s.id)).toEqual(passages.map((p) => p.anchor));
      expect(sections.map((s) => textOf(only(s, 'h2')))).toEqual(passages.map((p) => sectionHeading(p.data)));
      expect(sections.map((s) => s.querySelectorAll('.passage-body p').map(textOf))).toEqual(
        passages.map((p) => p.paragraphs.map((text) => text.replace(/\s+/g, ' ').trim())),
      );
    });

    it('/about/: what was reconstructed, from content/speech.json', () => {
      const main = textOf(only(page('about/index.html'), 'main'));
      for (const removed of speech.removed) expect(main).toContain(`原稿第 ${removed.line} 行`);
      for (const joined of speech.joined) expect(main).toContain(`原稿第 ${joined.lines.join('、')} 行`);
      for (const missing of speech.missing) expect(main).toContain(ui.about.missing[missing.what]);
    });

    it('404: says so in Chinese, with the table of contents', () => {
      const root = page('404.html');
      expect(textOf(only(root, 'h1'))).toBe(ui.reading.notFoundTitle);
      expect(hrefs(only(root, 'main nav.toc'), 'a')).toEqual([...passages.map((p) => url(p.path)), url('full/'), url('about/')]);
    });

    it('/search/: without JavaScript, says search needs it and links to the full text; the form is hidden', () => {
      const root = page('search/index.html');
      const note = only(root, '#search-page-needs-js');
      expect(textOf(note)).toBe(searchUi.needsJavaScript + searchUi.fullText);
      expect(hrefs(note, 'a')).toEqual([url('full/')]);
      expect(only(root, '#search-page-form').hasAttribute('hidden')).toBe(true);
      // A paste is cut to what the URL can carry (src/search/section.ts).
      expect(only(root, '#search-page-input').getAttribute('maxlength')).toBe(String(QUERY_MAX_LENGTH));
    });

    it.each(htmlFilesOf(build))('%s: no control that needs JavaScript shows without it', (file) => {
      const controls = page(file).querySelectorAll('button, input, select, textarea, form');
      const shown = controls.filter((control) => {
        for (let at: HTMLElement | null = control; at; at = at.parentNode) if (at.hasAttribute?.('hidden')) return false;
        return true;
      });
      expect(shown.map((control) => control.outerHTML.slice(0, 80))).toEqual([]);
    });
  });
}
