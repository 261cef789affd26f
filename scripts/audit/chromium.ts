import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const HINT =
  'Set CHROMIUM_PATH to a Chromium binary, run `npx playwright install chromium`, ' +
  'or on Debian `apt-get install -y chromium chromium-headless-shell`.';

/** Where Chromium may be, and how to tell whether a file is there (replaced in unit tests). */
export interface ChromiumLookup {
  env: NodeJS.ProcessEnv;
  exists: (path: string) => boolean;
  /** Playwright's own Chromium (`npx playwright install chromium`), where it would be. */
  playwrightsOwn: () => string | undefined;
}

const here: ChromiumLookup = {
  env: process.env,
  exists: existsSync,
  playwrightsOwn: () => safe(() => chromium.executablePath()),
};

/**
 * The browser the Playwright tests and the search benchmark launch, in order: CHROMIUM_PATH;
 * Playwright's own download (then `undefined`: Playwright picks its headless shell itself);
 * Debian's old headless shell; Debian's Chromium. The headless shell is what Playwright runs
 * headless by default: it opens a context in about half the time of the full browser's new
 * headless mode, which over the suite's contexts and page loads is a minute on two cores.
 */
export function playwrightExecutable(lookup: ChromiumLookup = here): string | undefined {
  const { env, exists, playwrightsOwn } = lookup;
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv && exists(fromEnv)) return fromEnv;
  const own = playwrightsOwn();
  if (own && exists(own)) return undefined;
  const found = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find(exists);
  if (!found) throw new Error(`No Chromium found for the browser tests. ${HINT}`);
  return found;
}

/** Options for Playwright's chromium.launch: the browser playwrightExecutable picks, quiet. */
export function playwrightLaunchOptions(lookup: ChromiumLookup = here): LaunchOptions {
  const executablePath = playwrightExecutable(lookup);
  return executablePath === undefined ? { args: chromiumArgs } : { executablePath, args: chromiumArgs };
}

/**
 * A full Chromium (Lighthouse measures the browser readers run), in order: CHROMIUM_PATH,
 * Playwright's own download, Debian's /usr/bin/chromium.
 */
export function findChromium(lookup: ChromiumLookup = here): string {
  const { env, exists, playwrightsOwn } = lookup;
  const found = [env['CHROMIUM_PATH'], playwrightsOwn(), '/usr/bin/chromium'].find((path): path is string => Boolean(path) && exists(path as string));
  if (!found) throw new Error(`No Chromium found. ${HINT}`);
  return found;
}

function safe(read: () => string): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Flags that keep headless Chromium quiet on a machine without outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
