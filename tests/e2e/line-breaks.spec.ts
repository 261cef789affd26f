import { expect, test } from './support/fixtures';
import { NEVER_SPLIT } from '../../src/lib/phrases';
import { toTraditional } from '../../src/lib/traditional-script';
import { breaksInsideWords, measureLines, showBreak } from './support/lines';

/**
 * Headings and labels break lines between words or phrases, never inside one (issue 8): every
 * heading, contents entry, pager label, header link and search-result label, at 320, 390, 768
 * and 1280 px. One page load per template; the widths are set on the loaded page.
 */
const WIDTHS = [320, 390, 768, 1280] as const;
const TEMPLATES = [
  '',
  'priorities/4/',
  'passages/han-zheng/',
  'full/',
  'about/',
  `search/?q=${encodeURIComponent('长三角')}`,
  'no-such-page/',
  // The traditional edition: the same phrases, in traditional characters.
  'zh-hant/',
  'zh-hant/full/',
];
/** The glossary in both scripts. */
const TERMS = [...NEVER_SPLIT, ...NEVER_SPLIT.map(toTraditional)];
const SELECTORS = ['main h1', 'main h2', 'main h3', '.toc a', '.pager a', '.site-header a', '.search-result-label'];

// One test over every template: a fresh page per template would cost more than its measurements.
test(`${TEMPLATES.map((path) => `/${decodeURIComponent(path)}`).join(', ')}: no heading or label breaks inside a word`, async ({ page }) => {
  for (const path of TEMPLATES) {
    const at = `/${decodeURIComponent(path)}`;
    await page.goto(path);
    if (path.startsWith('search/')) await expect(page.locator('.search-result-label').first()).toBeVisible();
    let wrapped = 0;
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      // On phones the contents are the header menu's: open it so its entries are laid out.
      const menu = page.locator('details.toc-menu');
      if ((await menu.isVisible()) && !(await menu.evaluate((details) => (details as HTMLDetailsElement).open))) {
        await menu.locator('summary').click();
      }
      const measured = await measureLines(page, SELECTORS);
      expect(measured.length, `${at} at ${width}px: elements measured`).toBeGreaterThan(3);
      wrapped += measured.filter((m) => m.lines > 1).length;
      const bad = breaksInsideWords(measured, TERMS).map(showBreak);
      expect.soft(bad, `${at} at ${width}px: lines broken inside a word`).toEqual([]);
    }
    // The check means something only where text wraps: at 320 px every template has labels that do.
    expect(wrapped, `${at}: elements that wrap at some width`).toBeGreaterThan(0);
  }
});
