import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { chromium } from '@playwright/test';
import { chromiumArgs, playwrightExecutable } from '../../../scripts/audit/chromium';
import { resolveUrl, sameDocument, type Driver, type EngineName, type Key } from './driver';
import { HARNESS_MISSING, installHarness } from './harness';
import { firefoxBinary } from './system';

/**
 * Firefox (over WebDriver BiDi, no geckodriver) and Chromium (over CDP) through puppeteer-core:
 * one browser, one tab. The harness is a preload script (evaluateOnNewDocument), so it runs in
 * every document before the page's own scripts; the browser's own console errors and uncaught
 * exceptions are recorded as well.
 */
class PuppeteerDriver implements Driver {
  /** Console errors and uncaught exceptions the browser reported since the last goto(). */
  private reported: string[] = [];

  constructor(
    readonly engine: EngineName,
    readonly version: string,
    readonly siteUrl: string,
    private readonly browser: Browser,
    private readonly page: Page,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.reported.push(`browser console: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.reported.push(`browser error: ${error instanceof Error ? error.message : String(error)}`));
  }

  async goto(url: string): Promise<void> {
    const target = resolveUrl(this.siteUrl, url);
    this.reported = [];
    if (sameDocument(this.page.url(), target)) await this.page.goto('about:blank');
    await this.page.goto(target, { waitUntil: 'load' });
  }

  async url(): Promise<string> {
    return this.page.url();
  }

  async evaluate<Args extends unknown[], Result>(fn: (...args: Args) => Result, ...args: Args): Promise<Awaited<Result>> {
    return (await this.page.evaluate(fn as (...a: unknown[]) => unknown, ...args)) as Awaited<Result>;
  }

  async setViewport(viewport: { width: number; height: number }): Promise<void> {
    await this.page.setViewport(viewport);
  }

  async press(key: Key): Promise<void> {
    await this.page.keyboard.press(key satisfies KeyInput);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async click(selector: string): Promise<void> {
    await this.page.click(selector);
  }

  readonly pdf = (format: 'A4' | 'Letter'): Promise<Uint8Array> => this.page.pdf({ format });

  async clipboardWrites() {
    return this.evaluate(() => window.engineHarness?.clipboard ?? []);
  }

  async problems(): Promise<string[]> {
    const recorded = await this.evaluate((missing) => window.engineHarness?.problems ?? [missing], HARNESS_MISSING);
    return [...recorded, ...this.reported];
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** The driver for the browser's first tab, the harness preloaded; the browser is closed again if that fails. */
async function open(engine: EngineName, siteUrl: string, browser: Browser, prepare?: () => Promise<void>): Promise<Driver> {
  try {
    await prepare?.();
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.evaluateOnNewDocument(installHarness);
    return new PuppeteerDriver(engine, await browser.version(), siteUrl, browser, page);
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Firefox ESR (/usr/bin/firefox-esr), headless, over WebDriver BiDi. */
export async function launchFirefox(siteUrl: string): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxBinary(),
    headless: true,
  });
  return open('firefox', siteUrl, browser);
}

/** The Chromium the Playwright tests run (scripts/audit/chromium.ts), headless, over CDP. */
export async function launchChromium(siteUrl: string): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'chrome',
    protocol: 'cdp',
    executablePath: playwrightExecutable() ?? chromium.executablePath(),
    headless: 'shell',
    args: chromiumArgs,
  });
  // A reader's Chromium lets the page in the focused tab write to the clipboard on a click; the
  // headless shell has no focused window and denies it unless granted (as the Playwright tests do).
  const grantClipboard = () =>
    browser.defaultBrowserContext().setPermission(new URL(siteUrl).origin, { permission: { name: 'clipboard-write' }, state: 'granted' });
  return open('chromium', siteUrl, browser, grantClipboard);
}
