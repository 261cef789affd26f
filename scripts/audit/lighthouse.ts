import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumArgs, findChromium } from './chromium';

/**
 * Lighthouse (its default mobile profile: emulated phone, simulated slow 4G and 4× CPU
 * slowdown) over pages of a running site, for `npm run bench`. Scores move with the machine's
 * load, so they are printed, never asserted.
 */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  /** 0–100 per category; performance is the median over the runs. */
  scores: Record<Category, number>;
  /** Every run's performance score, in order. */
  performanceRuns: number[];
  /** Metrics of the median run, as Lighthouse displays them ("1.2 s"). */
  metrics: Record<'FCP' | 'LCP' | 'TBT' | 'CLS', string>;
}

const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
} as const;

/** Runs Lighthouse `runs` times on each URL, one headless Chromium for all. */
export async function runLighthouse(urls: readonly string[], runs = 3): Promise<LighthouseResult[]> {
  const chrome = await launch({ chromePath: findChromium(), chromeFlags: [...chromiumArgs, '--headless'] });
  try {
    const results: LighthouseResult[] = [];
    for (const url of urls) {
      const reports: Result[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`);
        reports.push(result.lhr);
      }
      const score = (lhr: Result, category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
      const byPerformance = [...reports].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
      const median = byPerformance[Math.floor(byPerformance.length / 2)] ?? reports[0];
      if (!median) throw new Error('no Lighthouse runs');
      results.push({
        url,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(median, c)])) as Record<Category, number>,
        performanceRuns: reports.map((lhr) => score(lhr, 'performance')),
        metrics: Object.fromEntries(
          Object.entries(METRICS).map(([name, id]) => [name, median.audits[id]?.displayValue ?? '?']),
        ) as LighthouseResult['metrics'],
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
