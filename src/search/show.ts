/**
 * Renders a query's results: the literal ones at once, then, when the query needs it, those
 * found by sound (src/search/sound.ts, imported with its data the first time: the first
 * search stays small). A query needs it when it is written in Latin letters (pinyin), or is
 * Chinese and has no literal match (homophones).
 */
import { searchSections, type SearchableSection } from './match';
import type { Fold } from './normalise';
import { renderHits, type ResultsView } from './render';
import type { SoundKind } from './sound';
import { searchStrings } from './strings';
import soundUrl from './sound?chunk';

type SoundModule = typeof import('./sound');

/** Latin letters (tone marks included), with the spaces, apostrophes and tone numbers pinyin may have. */
const LATIN = /^[\p{Script=Latin}\p{M}\s'’‘\d-]*\p{Script=Latin}[\p{Script=Latin}\p{M}\s'’‘\d-]*$/u;
const HAN = /\p{Script=Han}/u;

let sound: SoundModule | undefined;
/** Counts the queries shown, so a late failure never replaces newer results. */
let shown = 0;

/** Which search by sound `query` needs, given how many sections it matched literally. */
export function soundKind(query: string, literalCount: number): SoundKind | undefined {
  if (LATIN.test(query.trim())) return 'pinyin';
  return literalCount === 0 && HAN.test(query) ? 'homophone' : undefined;
}

export interface Searched {
  sections: SearchableSection[];
  fold: Fold;
}

/**
 * Shows the results for `query`. When search by sound must load first, the literal results
 * show meanwhile (or "searching by sound" when there are none), and `rerun` is called once it
 * has loaded; if it cannot load, the literal results stay, said as usual. `notes` follow the
 * status line whatever it says (the fold table missing, the query cut).
 */
export function showResults(view: ResultsView, searched: Searched, query: string, rerun: () => void, base?: string, notes: readonly string[] = []): void {
  const noted = () => view.status.append(...notes);
  const current = ++shown;
  const hits = searchSections(searched.sections, query, searched.fold);
  const kind = soundKind(query, hits.length);
  const data = kind && sound?.soundData(kind);
  if (kind && sound && data) {
    sound.renderWithSound(view, hits, sound.searchBySound(kind, query, searched.sections, hits, data, searched.fold, base), query);
    return noted();
  }
  renderHits(view, hits, query);
  if (kind && !hits.length) view.status.textContent = searchStrings().searchingSound;
  noted();
  if (!kind) return;
  // A chunk URL, not import('./sound'): Vite's preload helper would add <link rel="modulepreload">s
  // for modules already loaded, which Firefox reports as failed loads.
  (import(/* @vite-ignore */ soundUrl) as Promise<SoundModule>)
    .then((module) => (sound = module).loadSoundData(kind, base))
    .then(rerun, () => {
      if (current !== shown) return;
      renderHits(view, hits, query);
      noted();
    });
}
