import WebDriver, { type Client } from 'webdriver';
import { resolveUrl, sameDocument, type Driver, type Key, type Viewport } from './driver';
import { HARNESS_MISSING } from './harness';
import { miniBrowserBinary, startWebKitWebDriver, startXvfb, type Started } from './system';

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver with the `webdriver` client (WebdriverIO's
 * W3C protocol client). Debian's WebKitWebDriver speaks WebDriver classic only (a session asking
 * for a BiDi socket is refused): no preload scripts, no console log. The harness therefore comes
 * with each page from the suite's server (site.ts). MiniBrowser has no headless mode: the suite
 * starts Xvfb and the driver, and stops them with the session.
 */

/** Keys as WebDriver key actions write them (https://w3c.github.io/webdriver/#keyboard-actions). */
const KEY_CODES: Record<Key, string> = { Escape: '\uE00C', '/': '/' };

/** The element reference a WebDriver find command returns. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

class WebKitDriver implements Driver {
  readonly engine = 'webkit';

  constructor(
    readonly version: string,
    readonly siteUrl: string,
    private readonly client: Client,
    private readonly processes: readonly Started[],
  ) {}

  async goto(url: string): Promise<void> {
    const target = resolveUrl(this.siteUrl, url);
    if (sameDocument(await this.client.getUrl(), target)) await this.client.navigateTo('about:blank');
    await this.client.navigateTo(target);
  }

  async url(): Promise<string> {
    return this.client.getUrl();
  }

  async evaluate<Args extends unknown[], Result>(fn: (...args: Args) => Result, ...args: Args): Promise<Awaited<Result>> {
    // WebDriver's Execute Script awaits a returned promise.
    const json = args as unknown as Parameters<Client['executeScript']>[1];
    return (await this.client.executeScript(`return (${fn.toString()}).apply(null, arguments)`, json)) as Awaited<Result>;
  }

  /** Width and height the window adds around the viewport (MiniBrowser's toolbar), once measured. */
  private chrome: Viewport | undefined;

  /**
   * Size the window so that the page's viewport is exactly `viewport`: the toolbar's height is
   * measured once and added. The window resizes asynchronously, so the viewport is polled.
   */
  async setViewport({ width, height }: Viewport): Promise<void> {
    const inner = () => this.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    const settle = async (expected: (size: Viewport) => boolean): Promise<Viewport> => {
      const deadline = Date.now() + 5_000;
      for (;;) {
        const size = await inner();
        if (expected(size)) return size;
        if (Date.now() > deadline) throw new Error(`webkit: asked for a ${width}×${height} viewport, have ${size.width}×${size.height}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    if (!this.chrome) {
      await this.client.setWindowRect(null, null, width, height);
      // The toolbar is above the page, not beside it: the width arrives as asked once resized.
      const first = await settle((size) => size.width === width);
      this.chrome = { width: width - first.width, height: height - first.height };
    }
    await this.client.setWindowRect(null, null, width + this.chrome.width, height + this.chrome.height);
    await settle((size) => size.width === width && size.height === height);
  }

  private async keys(values: readonly string[]): Promise<void> {
    const actions = values.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.client.performActions([{ type: 'key', id: 'keyboard', actions }]);
    await this.client.releaseActions();
  }

  async press(key: Key): Promise<void> {
    await this.keys([KEY_CODES[key]]);
  }

  async type(text: string): Promise<void> {
    await this.keys([...text]);
  }

  async click(selector: string): Promise<void> {
    const element = (await this.client.findElement('css selector', selector)) as unknown as Record<string, string>;
    const id = element[ELEMENT];
    if (!id) throw new Error(`webkit: no element matches ${selector}: ${JSON.stringify(element)}`);
    await this.client.elementClick(id);
  }

  async clipboardWrites() {
    return this.evaluate(() => window.engineHarness?.clipboard ?? []);
  }

  async problems(): Promise<string[]> {
    return this.evaluate((missing) => window.engineHarness?.problems ?? [missing], HARNESS_MISSING);
  }

  async close(): Promise<void> {
    try {
      await this.client.deleteSession();
    } finally {
      for (const started of [...this.processes].reverse()) await started.stop();
    }
  }
}

/** Xvfb, WebKitWebDriver and a MiniBrowser session; all stopped again if any step fails. */
export async function launchWebKit(siteUrl: string): Promise<Driver> {
  const started: Started[] = [];
  try {
    const binary = miniBrowserBinary();
    const xvfb = await startXvfb();
    started.push(xvfb);
    const driver = await startWebKitWebDriver(xvfb.display);
    started.push(driver);
    const capabilities = {
      browserName: 'MiniBrowser',
      // The client asks for a BiDi socket unless told not to; this WebKitWebDriver has none.
      'wdio:enforceWebDriverClassic': true,
      // WebKitGTK's own capability (the client's types do not know it).
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
    };
    const client = await WebDriver.newSession({
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'silent',
      connectionRetryCount: 0,
      capabilities: capabilities as Parameters<typeof WebDriver.newSession>[0]['capabilities'],
    });
    const { browserName, browserVersion } = client.capabilities as { browserName?: string; browserVersion?: string };
    return new WebKitDriver(`${browserName ?? 'MiniBrowser'} (WebKitGTK ${browserVersion ?? '?'})`, siteUrl, client, started);
  } catch (error) {
    for (const process of started.reverse()) await process.stop();
    throw error;
  }
}
