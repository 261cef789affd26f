import { searchUi, type SearchStrings } from '../../../src/i18n/ui';
import { fill, STRINGS_ID } from '../../../src/search/strings';

/**
 * The search strings as a simplified page carries them (SearchButton.astro): the search scripts
 * read them from the page, so tests of those scripts put them into the test document first.
 */
export const strings: SearchStrings = { ...searchUi.client, fullTextHref: '/full/' };

export function installStrings(): void {
  if (document.getElementById(STRINGS_ID)) return;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = STRINGS_ID;
  script.textContent = JSON.stringify(strings);
  document.head.append(script);
}

/** The status lines the scripts write. */
export const say = {
  found: (count: number) => fill(strings.found, { count }),
  occurrences: (count: number) => fill(strings.occurrences, { count }),
  notFound: (query: string) => fill(strings.notFound, { query }),
};
