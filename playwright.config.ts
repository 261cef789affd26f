import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/e2e/support/browser';

/** Port of the default build (base "/") and of the build under BASE_PATH=/speech/. */
const PORT = 4321;
const BASE_PORT = 4322;

const launchOptions = { executablePath: findChromium(), args: chromiumArgs };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? 'list' : [['list']],
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
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `npx astro preview --host 127.0.0.1 --port ${BASE_PORT}`,
      env: { BASE_PATH: '/speech/', OUT_DIR: './dist-speech' },
      url: `http://127.0.0.1:${BASE_PORT}/speech/`,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
