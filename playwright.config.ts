import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/e2e/support/browser';

/**
 * The tests serve two builds: OUT_DIR (default ./dist, base "/") and OUT_DIR-speech (built
 * with BASE_PATH=/speech/). PW_PORT and PW_PORT+1 are their ports; override both to run
 * several suites side by side.
 */
const OUT_DIR = process.env['OUT_DIR'] ?? './dist';
const PORT = Number(process.env['PW_PORT'] ?? 4321);
const BASE_PORT = PORT + 1;

const launchOptions = { executablePath: findChromium(), args: chromiumArgs };

export default defineConfig({
  testDir: 'tests/e2e',
  // Playwright empties its output directory when a run starts: one per port keeps suites
  // that run side by side (PW_PORT) from deleting each other's traces mid-run.
  outputDir: `test-results/port-${PORT}`,
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: /base-path\.spec\.ts/ },
    {
      name: 'base-path',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${BASE_PORT}/speech/` },
      testMatch: /base-path\.spec\.ts/,
    },
  ],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
      env: { OUT_DIR },
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 120_000,
    },
    {
      command: `npx astro preview --host 127.0.0.1 --port ${BASE_PORT}`,
      env: { BASE_PATH: '/speech/', OUT_DIR: `${OUT_DIR}-speech` },
      url: `http://127.0.0.1:${BASE_PORT}/speech/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 120_000,
    },
  ],
});
