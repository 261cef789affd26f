import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The programs the cross-engine suite starts outside Node: an X server for WebKitGTK's
 * MiniBrowser (it has no headless mode) and WebKitWebDriver. Each comes from a Debian package;
 * a missing one stops the suite with the package to install (.ci/run installs them).
 */

/** A program the suite started; stop() ends it and waits for it to exit. */
export interface Started {
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** The path of a binary, or an error naming the Debian package that provides it. */
export function requireBinary(path: string, debianPackage: string): string {
  if (!existsSync(path)) {
    throw new Error(`${path} not found: install the Debian package ${debianPackage} (apt-get install -y ${debianPackage}; .ci/run does)`);
  }
  return path;
}

export const FIREFOX = '/usr/bin/firefox-esr';
const XVFB = '/usr/bin/Xvfb';
const WEBKIT_WEBDRIVER = '/usr/bin/WebKitWebDriver';

/** Firefox ESR, or an error naming its Debian package. */
export const firefoxBinary = (): string => requireBinary(FIREFOX, 'firefox-esr');

/**
 * WebKitGTK's MiniBrowser, /usr/lib/<multiarch triplet>/webkit2gtk-4.1/MiniBrowser (package
 * libwebkit2gtk-4.1-0, which webkit2gtk-driver depends on).
 */
export function miniBrowserBinary(): string {
  const found = readdirSync('/usr/lib')
    .map((dir) => join('/usr/lib', dir, 'webkit2gtk-4.1', 'MiniBrowser'))
    .find((path) => existsSync(path));
  return requireBinary(found ?? '/usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser', 'webkit2gtk-driver');
}

/** Programs still running: ended when the test process exits, even if the suite did not get to stop them. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

function stopper(child: ChildProcess): () => Promise<void> {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

/** Text a process wrote to stderr, for an error message when it fails to start. */
function collectStderr(child: ChildProcess): () => string {
  let text = '';
  child.stderr?.on('data', (chunk: Buffer) => (text = (text + chunk.toString()).slice(-2000)));
  return () => text.trim();
}

/**
 * An X server on a display no one uses: Xvfb picks the free display itself and writes its
 * number to the pipe given as -displayfd once it accepts connections, so nothing waits by time.
 */
export async function startXvfb(): Promise<Started & { display: string }> {
  const child = spawn(requireBinary(XVFB, 'xvfb'), ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const stderr = collectStderr(child);
  const stop = stopper(child);
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it had a display: ${stderr()}`)));
    setTimeout(() => reject(new Error(`Xvfb gave no display within 10 s: ${stderr()}`)), 10_000).unref();
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { process: child, display, stop };
}

/** A TCP port that was free a moment ago, on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
}

/** Poll `check` until it returns true (every 50 ms), or fail after `timeout` ms with `message()`. */
async function until(check: () => Promise<boolean>, timeout: number, message: () => string): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(message());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * GTK styles for MiniBrowser's own window (its toolbar, not the web page): WebKitGTK draws
 * pages and their form controls itself, but the toolbar's widgets set the window's minimum
 * width (447 px with the default theme), which would keep the viewport wider than a phone.
 */
const MINIBROWSER_GTK_CSS = '* { min-width: 0; min-height: 0; padding: 0; margin: 0; }\n';

/**
 * WebKitWebDriver on a free port of 127.0.0.1, starting its browsers on `display` with a GTK
 * configuration of its own (MINIBROWSER_GTK_CSS, in a temporary XDG_CONFIG_HOME removed on stop).
 * Resolves once the driver answers /status.
 */
export async function startWebKitWebDriver(display: string): Promise<Started & { port: number }> {
  const binary = requireBinary(WEBKIT_WEBDRIVER, 'webkit2gtk-driver');
  const config = mkdtempSync(join(tmpdir(), 'engines-webkit-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), MINIBROWSER_GTK_CSS);
  const port = await freePort();
  const child = spawn(binary, ['--host=127.0.0.1', `--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config },
  });
  const stderr = collectStderr(child);
  const stop = stopper(child);
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`WebKitWebDriver exited (${code}) before it was ready: ${stderr()}`))),
  );
  exited.catch(() => undefined);
  const ready = until(
    async () => ((await (await fetch(`http://127.0.0.1:${port}/status`)).json()) as { value?: { ready?: boolean } }).value?.ready === true,
    10_000,
    () => `WebKitWebDriver did not answer on port ${port}: ${stderr()}`,
  );
  const started = {
    process: child,
    port,
    async stop() {
      await stop();
      rmSync(config, { recursive: true, force: true });
    },
  };
  try {
    await Promise.race([ready, exited]);
  } catch (error) {
    await started.stop();
    throw error;
  }
  return started;
}
