import { startPreview } from '../../../scripts/preview-server';

/**
 * Serves the two builds the browser tests read, each on a free port of its own, so the suite
 * tests the site it built and never a server that happens to be running (a reader's
 * `npm start` or `npm run dev`). Playwright workers load the config after this runs, so they
 * read the URLs from these variables (playwright.config.ts).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const outDir = process.env['OUT_DIR'] ?? './dist';
  const [site, speech] = await Promise.all([
    startPreview({ outDir }),
    startPreview({ outDir: `${outDir}-speech`, base: '/speech/' }),
  ]);
  process.env['E2E_SITE_URL'] = site.url;
  process.env['E2E_SPEECH_URL'] = speech.url;
  return async () => {
    await Promise.all([site.stop(), speech.stop()]);
  };
}
