import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { playwrightLaunchOptions } from './scripts/audit/chromium';

/**
 * Browser tests over two builds: OUT_DIR (default ./dist, base "/") and OUT_DIR-speech (built
 * with BASE_PATH=/speech/). tests/e2e/support/global-setup.ts serves both on free ports and
 * passes their URLs in E2E_SITE_URL and E2E_SPEECH_URL (set before the workers load this file).
 */
const siteUrl = process.env['E2E_SITE_URL'];
const speechUrl = process.env['E2E_SPEECH_URL'];

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  // Each worker's Chromium keeps about two cores busy (browser, renderer and compositor processes),
  // so more workers only contend: on two cores, one worker and two both took about 2.1 min, and with
  // two every step ran slower (a first search 813 ms instead of 433 ms).
  workers: Math.max(1, Math.floor(availableParallelism() / 2)),
  retries: 0,
  // Every test waits for conditions, not time, and finishes in a few seconds on an idle machine;
  // the limit leaves room for a busy one.
  timeout: 30_000,
  reporter: process.env['CI'] ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  // Recording a trace slows every action by about a third on two cores: off by default; when a test
  // fails, run it again with `npx playwright test --trace retain-on-failure <file>` to get one.
  use: { ...devices['Desktop Chrome'], launchOptions: playwrightLaunchOptions(), trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    { name: 'desktop', use: { baseURL: siteUrl }, testIgnore: /base-path\.spec\.ts/ },
    { name: 'base-path', use: { baseURL: speechUrl }, testMatch: /base-path\.spec\.ts/ },
  ],
});
