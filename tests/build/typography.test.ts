import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/audit/html-refs';
import { defaultBuild, htmlFilesOf } from './support/site';

/** Chinese typography in the built pages, as text (layout is the browser tests' part). */
const files = htmlFilesOf(defaultBuild);
const load = (file: string) => parseHtml(readFileSync(join(defaultBuild.dir, file), 'utf8'));

/** Text a reader meets: the page's text and the attributes that are read out or shown elsewhere. */
function readerText(file: string): string {
  const root = load(file);
  const attributes = root
    .querySelectorAll('[content], [aria-label], [title], [alt], [placeholder], [data-label]')
    .flatMap((element) => ['content', 'aria-label', 'title', 'alt', 'placeholder', 'data-label'].map((name) => element.getAttribute(name) ?? ''));
  return [root.querySelector('body')?.textContent ?? '', root.querySelector('title')?.textContent ?? '', ...attributes].join('\n');
}

describe('the ellipsis', () => {
  it.each(files)('%s: "……", never a single "…"', (file) => {
    const lone = readerText(file).match(/(?<!…)…(?!…)|…{3,}/gu) ?? [];
    expect(lone, `${file}: ellipses other than "……"`).toEqual([]);
  });
});

describe('/about/: links inside Chinese sentences', () => {
  it('have no white space between them and the Chinese text or punctuation around them', () => {
    const spaced = load('about/index.html')
      .querySelectorAll('main a')
      .flatMap((link) => {
        const siblings = link.parentNode?.childNodes ?? [];
        const index = siblings.indexOf(link);
        const before = siblings[index - 1]?.rawText ?? '';
        const after = siblings[index + 1]?.rawText ?? '';
        return [
          ...(/[\p{Script=Han}\p{P}]\s+$/u.test(before) ? [`before ${link.textContent}: "${before.slice(-6)}"`] : []),
          ...(/^\s+[\p{Script=Han}\p{P}]/u.test(after) ? [`after ${link.textContent}: "${after.slice(0, 6)}"`] : []),
        ];
      });
    expect(spaced).toEqual([]);
  });
});
