import type { SearchStrings } from '../i18n/ui';

/** Id of the <script type="application/json"> that carries the search strings (SearchButton.astro). */
export const STRINGS_ID = 'search-strings';

let strings: SearchStrings | undefined;

/**
 * The search UI's strings in the script of the page's edition: the page carries them, already
 * converted on traditional pages, so the shared search bundles hold no text of their own.
 */
export function searchStrings(): SearchStrings {
  strings ??= JSON.parse(document.getElementById(STRINGS_ID)?.textContent ?? 'null') as SearchStrings;
  if (!strings) throw new Error(`#${STRINGS_ID}: the page carries no search strings`);
  return strings;
}

/** "找到 {count} 个段落" with { count: 3 } → "找到 3 个段落". */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
