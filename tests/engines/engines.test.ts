import { describe } from 'vitest';
import { anchors } from './journeys/anchors';
import { editionSwitch } from './journeys/edition-switch';
import { pageTemplates } from './journeys/page-templates';
import { print } from './journeys/print';
import { quotes, quotesAcrossEngines } from './journeys/quotes';
import { search } from './journeys/search';
import type { EngineName } from './support/driver';
import { summarise, useSuite } from './support/suite';

/**
 * The reader's journeys in Firefox ESR and WebKitGTK (the Playwright suite in tests/e2e covers
 * Chromium): each journey is written once against the engine-neutral driver
 * (support/driver.ts) and runs in both; then the quote links each engine made are opened in the
 * other two, Chromium included. One browser per engine serves every check (support/suite.ts).
 * Run after `npm run build`: `npm run test:engines`.
 */
const suite = useSuite();

for (const name of ['firefox', 'webkit'] satisfies EngineName[]) {
  describe(name, () => {
    const engine = suite.engine(name);
    summarise(name);

    pageTemplates(engine);
    anchors(engine);
    search(engine);
    quotes(engine, suite);
    editionSwitch(engine);
    print(engine);
  });
}

describe('across engines', () => {
  summarise('across engines');
  quotesAcrossEngines(suite);
});
