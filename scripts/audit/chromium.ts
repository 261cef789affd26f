import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Where to find Chromium, in order: CHROMIUM_PATH, Playwright's own download
 * (`npx playwright install chromium` on a laptop), Debian's /usr/bin/chromium.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env['CHROMIUM_PATH'], safe(() => chromium.executablePath()), '/usr/bin/chromium'];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Set CHROMIUM_PATH to a Chromium binary, ' +
        'run `npx playwright install chromium`, or on Debian `apt-get install -y chromium`.',
    );
  }
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
