import { expect } from 'vitest';
import type { Quote } from '../../support/quotes';
import type { Driver, Viewport } from './driver';
import { HARNESS_MISSING, type Box } from './harness';

/** `value`, or an error saying that content/ lacks `what` (journeys pick their cases from content/ by rule). */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`content/passages has no ${what}`);
  return value;
}

/** Sizes the journeys read at: a phone and a desktop window. */
export const phone: Viewport = { width: 390, height: 664 };
export const desktop: Viewport = { width: 1280, height: 720 };

export interface Patience {
  /** Milliseconds before giving up (default 10 s). */
  timeout?: number;
  /** The page is meant to go wrong (the harness's own check): do not stop at its first problem. */
  problemsExpected?: boolean;
}

/**
 * Read `read()` until `accept` takes its value (at once, then every 25–100 ms), and return the
 * value. Browsers scroll to a fragment, run scripts and answer clicks in their own time: the
 * checks wait for a state, never for a fixed time. Fails after the timeout with `message` and
 * the last value read, or as soon as the page records a problem (a CSP violation, an error),
 * naming it: a page that went wrong would otherwise only time out.
 */
export async function eventually<T>(
  driver: Driver,
  message: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeout = 10_000, problemsExpected = false }: Patience = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  const pauses = [25, 50, 100];
  let last: unknown;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const value = await read();
      last = value;
      if (accept(value)) return value;
    } catch (error) {
      last = error instanceof Error ? error.message : error;
    }
    const failure = `${driver.engine}: ${message} (last seen: ${JSON.stringify(last)})`;
    if (!problemsExpected) {
      // Between two documents of a navigation, the new one may not have the harness yet.
      const problems = (await driver.problems().catch(() => [])).filter((problem) => problem !== HARNESS_MISSING);
      if (problems.length) throw new Error(`${failure}\nwhat went wrong in the page:\n  ${problems.join('\n  ')}`);
    }
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((resolve) => setTimeout(resolve, pauses[Math.min(attempt, pauses.length - 1)]));
  }
}

/** The whole box inside the viewport, vertically and horizontally. */
export const inView = (box: Box | null): boolean =>
  box !== null && box.top >= 0 && box.bottom <= box.viewportHeight && box.left >= 0 && box.right <= box.viewportWidth;

/**
 * Where a link to a heading should put it: inside the viewport, starting in its top quarter, or
 * as high as the page allows (a section at the end of a page cannot scroll to the top).
 */
export const nearTop = (box: Box | null): boolean => inView(box) && box !== null && (box.top <= box.viewportHeight / 4 || box.atPageEnd);

/** The box of the first element matching `selector`, or null. */
export const boxOf = (driver: Driver, selector: string): Promise<Box | null> =>
  driver.evaluate((s) => {
    const element = document.querySelector(s);
    return element && window.engineHarness ? window.engineHarness.box(element) : null;
  }, selector);

/** The box of the first occurrence of `text` in main. */
export const boxOfText = (driver: Driver, text: string): Promise<Box | null> =>
  driver.evaluate((t) => window.engineHarness?.box(window.engineHarness.findText(t)) ?? null, text);

/** The box of `quote` in the passage body of `section`. */
export const boxOfQuote = (driver: Driver, section: string, quote: Quote): Promise<Box | null> =>
  driver.evaluate((s, q) => window.engineHarness?.box(window.engineHarness.quoteRange(s, q)) ?? null, section, quote);

/** Nothing went wrong in the page so far: no console error, uncaught error, failed load or CSP violation. */
export async function expectNoProblems(driver: Driver, where: string): Promise<void> {
  expect(await driver.problems(), `${driver.engine}: what went wrong on ${where}`).toEqual([]);
}

/** The page's URL relative to the site's root: path, query and fragment, as the browser reports them. */
export async function sitePath(driver: Driver): Promise<string> {
  const url = await driver.url();
  return url.startsWith(driver.siteUrl) ? url.slice(driver.siteUrl.length) : url;
}
