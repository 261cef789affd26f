import { describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium, playwrightExecutable, playwrightLaunchOptions, type ChromiumLookup } from '../../../scripts/audit/chromium';

const OWN = '/home/reader/.cache/ms-playwright/chromium-1234/chrome-linux/chrome';

/** A machine with these files, and CHROMIUM_PATH as given. */
function machine(files: readonly string[], chromiumPath?: string): ChromiumLookup {
  return {
    env: chromiumPath === undefined ? {} : { CHROMIUM_PATH: chromiumPath },
    exists: (path) => files.includes(path),
    playwrightsOwn: () => OWN,
  };
}

const debian = ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell'];

describe('playwrightExecutable', () => {
  it('takes CHROMIUM_PATH first, when it exists', () => {
    expect(playwrightExecutable(machine([...debian, OWN, '/opt/chrome'], '/opt/chrome'))).toBe('/opt/chrome');
    expect(playwrightExecutable(machine(debian, '/opt/missing'))).toBe('/usr/bin/chromium-headless-shell');
  });

  it('leaves the choice to Playwright when its own browser is installed', () => {
    expect(playwrightExecutable(machine([...debian, OWN]))).toBeUndefined();
  });

  it("prefers Debian's headless shell to the full browser", () => {
    expect(playwrightExecutable(machine(debian))).toBe('/usr/bin/chromium-headless-shell');
    expect(playwrightExecutable(machine(['/usr/bin/chromium']))).toBe('/usr/bin/chromium');
  });

  it('stops with the install hint when there is none', () => {
    expect(() => playwrightExecutable(machine([]))).toThrow(/CHROMIUM_PATH.*npx playwright install chromium.*apt-get install -y chromium chromium-headless-shell/);
  });
});

describe('playwrightLaunchOptions', () => {
  it('names the executable only when Playwright should not pick its own', () => {
    expect(playwrightLaunchOptions(machine(debian))).toEqual({ executablePath: '/usr/bin/chromium-headless-shell', args: chromiumArgs });
    expect(playwrightLaunchOptions(machine([...debian, OWN]))).toEqual({ args: chromiumArgs });
  });
});

describe('findChromium', () => {
  it('finds a full browser: CHROMIUM_PATH, Playwright’s own, then Debian’s, never the headless shell', () => {
    expect(findChromium(machine([...debian, OWN, '/opt/chrome'], '/opt/chrome'))).toBe('/opt/chrome');
    expect(findChromium(machine([...debian, OWN]))).toBe(OWN);
    expect(findChromium(machine(debian))).toBe('/usr/bin/chromium');
    expect(() => findChromium(machine(['/usr/bin/chromium-headless-shell']))).toThrow(/No Chromium found/);
  });
});
