import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ordinal } from '../../src/lib/numerals';
import { editionOfPath } from '../../src/lib/editions';
import { editionLang } from '../../src/lib/traditional';
import { readPassages, type ContentPassage } from '../support/content';
import { defaultBuild, htmlFilesOf, readPage, textOf as text } from './support/site';

/**
 * The built pages against the content files: every passage has its page with its own text,
 * the full-text page holds all of them in reading order, and the fixed pages exist.
 */
const passages = readPassages();
const files = htmlFilesOf(defaultBuild);

const load = (file: string): HTMLElement => readPage(defaultBuild, file);

function main(root: HTMLElement, file: string): HTMLElement {
  const found = root.querySelectorAll('main');
  if (found.length !== 1) throw new Error(`${file}: expected one <main>, found ${found.length}`);
  return found[0] as HTMLElement;
}

/** Texts of the <p> elements inside `element`. */
function paragraphTexts(element: HTMLElement): string[] {
  return element.querySelectorAll('p').map(text);
}

function missingParagraphs(passage: ContentPassage, container: HTMLElement): string[] {
  const rendered = paragraphTexts(container);
  return passage.paragraphs.filter((paragraph) => !rendered.includes(paragraph.replace(/\s+/g, ' ').trim()));
}

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

describe('passage pages', () => {
  it('the content has the 11 passages of the contract', () => {
    expect(passages.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        ...[1, 2, 3, 4, 5, 6, 7].map((n) => `priorities/${n}/`),
        'passages/xi-jinping-stresses/',
        'passages/xi-jinping-points-out/',
        'passages/han-zheng/',
        'passages/attendance/',
      ]),
    );
    expect(passages).toHaveLength(11);
  });

  describe.each(passages.map((p) => [p.path, p] as const))('/%s', (_path, passage) => {
    const file = `${passage.path}index.html`;

    it('has exactly one <h1>, naming the passage', () => {
      const headings = load(file).querySelectorAll('h1');
      expect(headings.length, `${file}: number of <h1>`).toBe(1);
      const heading = text(headings[0] as HTMLElement);
      const expected = [
        ...(passage.data.kind === 'priority' ? [ordinal(passage.data.number)] : []),
        ...(passage.data.title !== undefined ? [passage.data.title] : []),
      ];
      for (const part of expected) expect(heading, `${file}: <h1> should contain "${part}"`).toContain(part);
    });

    it('shows every paragraph of its passage verbatim, each as a <p> in <main>', () => {
      const missing = missingParagraphs(passage, main(load(file), file));
      expect(missing.map(short), `${file}: paragraphs of content/passages/${passage.id}.md not rendered verbatim`).toEqual([]);
    });

    it("shows no other passage's text", () => {
      const body = text(main(load(file), file));
      const intruders = passages
        .filter((other) => other.id !== passage.id)
        .flatMap((other) => other.paragraphs.filter((p) => body.includes(p)).map((p) => `${other.id}: ${short(p)}`));
      expect(intruders, `${file}: text of other passages`).toEqual([]);
    });
  });
});

describe('/full/', () => {
  const file = 'full/index.html';

  it('has a section per passage, at its anchor, in reading order, with the passage text', () => {
    const root = load(file);
    const all = root.querySelectorAll('*');
    const positions: number[] = [];
    for (const passage of passages) {
      const section = root.querySelector(`[id="${passage.anchor}"]`);
      expect(section, `${file}: no element with id="${passage.anchor}" for ${passage.id}`).not.toBeNull();
      if (!section) continue;
      positions.push(all.indexOf(section));
      const missing = missingParagraphs(passage, section);
      expect(missing.map(short), `${file}: #${passage.anchor} lacks paragraphs of ${passage.id}`).toEqual([]);
    }
    expect(positions, `${file}: sections ${passages.map((p) => p.anchor).join(', ')} out of reading order`).toEqual(
      [...positions].sort((a, b) => a - b),
    );
  });

  it('shows each paragraph exactly once', () => {
    const rendered = paragraphTexts(main(load(file), file));
    const counts = passages.flatMap((p) =>
      p.paragraphs.map((paragraph) => [short(paragraph), rendered.filter((r) => r === paragraph).length] as const),
    );
    expect(counts.filter(([, count]) => count !== 1), `${file}: paragraphs shown not exactly once`).toEqual([]);
  });
});

describe('every page', () => {
  it.each(['index.html', 'full/index.html', 'about/index.html', '404.html'])('%s is built', (file) => {
    expect(files, `${file} missing from ${defaultBuild.dir}`).toContain(file);
  });

  it.each(files)('%s: <html lang> of its edition and one <h1>', (file) => {
    const root = load(file);
    expect(root.querySelector('html')?.getAttribute('lang'), `${file}: <html lang>`).toBe(editionLang[editionOfPath(`/${file}`, '/')]);
    expect(root.querySelectorAll('h1').length, `${file}: number of <h1>`).toBe(1);
  });
});
