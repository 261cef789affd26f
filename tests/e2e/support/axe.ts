import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

declare global {
  interface Window {
    axe?: { run(context: Document): Promise<AxeResults> };
  }
}

/**
 * axe-core's violations on the page as it is now (default rules), one entry per rule with its
 * nodes. axe runs inside the page, injected once per document: the site has no frames, and
 * @axe-core/playwright's cross-frame run (which opens a page of its own for every call) made each
 * check take seconds.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (page.frames().length !== 1) throw new Error(`${page.url()} has frames: axe would not look inside them`);
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    if (!window.axe) throw new Error('axe-core did not load');
    const { violations } = await window.axe.run(document);
    return violations.map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
    );
  });
}

/** Check the page in the light and then the dark colour scheme; the violations of each, labelled. */
export async function axeViolationsInBothSchemes(page: Page): Promise<string[]> {
  const violations: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const applied = await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
    if (applied !== colorScheme) throw new Error(`${page.url()}: the ${colorScheme} scheme did not apply`);
    violations.push(...(await axeViolations(page)).map((violation) => `[${colorScheme}] ${violation}`));
  }
  return violations;
}
