import { afterAll, beforeAll } from 'vitest';
import type { RunnerTask } from 'vitest';
import type { Quote } from '../../support/quotes';
import type { Driver, EngineName, Viewport } from './driver';
import { launchChromium, launchFirefox } from './puppeteer-driver';
import { startSite, type Site } from './site';
import { launchWebKit } from './webkit-driver';

/**
 * The suite's shared state: the site's server, one browser per engine (launched before the
 * engine's first test, closed after the last test of the file, so the cross-engine checks at
 * the end can still use it) and the quote links each engine made.
 */
const LAUNCH: Record<EngineName, (siteUrl: string) => Promise<Driver>> = {
  firefox: launchFirefox,
  webkit: launchWebKit,
  chromium: launchChromium,
};

/** webdriver 10 (the WebKit client) needs Node 22.19 or newer; puppeteer-core 25, 22.12. */
const NODE_NEEDED = [22, 19] as const;

function checkNode(): void {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < NODE_NEEDED[0] || (major === NODE_NEEDED[0] && minor < NODE_NEEDED[1])) {
    throw new Error(
      `the cross-engine suite needs Node ${NODE_NEEDED.join('.')} or newer (the webdriver client's requirement); this is ${process.version}`,
    );
  }
}

/** Starting a browser takes about 2 s (Firefox) or under 1 s (the others) on 2 cores: room for a busy machine. */
const LAUNCH_TIMEOUT = 60_000;

/** A quote link an engine made (复制引用链接), with the quote it must open at. */
export interface QuoteLink {
  link: string;
  /** The window size it was made at, and is opened at. */
  viewport: Viewport;
  /** CSS selector of the section holding the quote, on the page the link opens. */
  section: string;
  quote: Quote;
}

/** One engine as the journeys see it. */
export interface Engine {
  readonly name: EngineName;
  /** The engine's browser (launched by the time a test runs). */
  readonly driver: Driver;
}

export interface Suite {
  /** Launch `name`'s browser before the tests of the enclosing describe block, unless it runs already. */
  engine(name: EngineName): Engine;
  /** Quote links made in each engine, for the cross-engine check. */
  readonly quoteLinks: Map<EngineName, QuoteLink[]>;
}

/** Call once at the top of the test file. */
export function useSuite(): Suite {
  let site: Site | undefined;
  const drivers = new Map<EngineName, Driver>();
  const quoteLinks = new Map<EngineName, QuoteLink[]>();

  beforeAll(async () => {
    checkNode();
    site = await startSite();
  });
  afterAll(async () => {
    const closing = [...drivers.values()].map((driver) => driver.close());
    const results = await Promise.allSettled(closing);
    await site?.stop();
    const failed = results.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []));
    if (failed.length) throw new Error(`closing the browsers: ${failed.join('; ')}`);
  }, LAUNCH_TIMEOUT);

  return {
    quoteLinks,
    engine(name) {
      beforeAll(async () => {
        if (!site) throw new Error('the site did not start');
        if (drivers.has(name)) return;
        const started = Date.now();
        const driver = await LAUNCH[name](site.url);
        drivers.set(name, driver);
        console.info(`${name}: ${driver.version}, started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }, LAUNCH_TIMEOUT);
      return {
        name,
        get driver() {
          const driver = drivers.get(name);
          if (!driver) throw new Error(`${name}: the browser did not start (see the error of the hook before)`);
          return driver;
        },
      };
    },
  };
}

/** The tests under `task` by outcome. */
function tally(task: RunnerTask, counts = { passed: 0, failed: 0, skipped: 0 }): typeof counts {
  if (task.type === 'suite') {
    for (const child of task.tasks) tally(child, counts);
  } else if (task.result?.state === 'pass') counts.passed += 1;
  else if (task.result?.state === 'fail') counts.failed += 1;
  else counts.skipped += 1;
  return counts;
}

/** After the enclosing describe block: one line with its checks by outcome and the time they took. */
export function summarise(label: string): void {
  let started = 0;
  beforeAll(() => void (started = Date.now()));
  afterAll(({}, block) => {
    const { passed, failed, skipped } = tally(block);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.info(`${label}: ${passed} passed, ${failed} failed, ${skipped} skipped, in ${seconds} s`);
  });
}
