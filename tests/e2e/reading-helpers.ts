import { expect, type Page } from '@playwright/test';
import { readContent, type ContentPassage } from '../support/content';
import { sectionHeading } from '../../src/lib/labels';

/** Helpers shared by the reading specs (reading*.spec.ts). */

/** content/: the passages in reading order and speech.json, validated with the site's schemas. */
export const { passages, speech } = readContent();

export function passage(id: string): ContentPassage {
  const found = passages.find((p) => p.id === id);
  if (!found) throw new Error(`no passage "${id}" in content/passages`);
  return found;
}

export const headingOf = (p: ContentPassage): string => sectionHeading(p.data);

/** The page does not scroll sideways. */
export async function expectNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${label}: horizontal overflow in px`).toBeLessThanOrEqual(0);
}
