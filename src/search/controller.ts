import { searchStrings } from './strings';
import { loadFold } from './fold';
import type { SearchableSection } from './match';
import type { Fold } from './normalise';
import { isComposing, renderMessage, type ResultsView } from './render';
import { IndexMissingError, loadSections } from './sections';
import { showResults } from './show';

export interface SearchHooks {
  /** The query changed (typing, not while an input method composes). */
  onInput?(query: string): void;
  /** Enter outside composition. */
  onEnter?(): void;
  /** Esc outside composition; without this hook the input's own Esc (clear) applies. */
  onEscape?(): void;
}

export interface SearchBinding {
  /** Render the results for the input's current value (loads the sections first). */
  run(): void;
  /** An input method is composing in the input. */
  composing(): boolean;
}

/**
 * Connects a search input to a results view: loads the sections on first use, renders the
 * hits as the reader types, and leaves Enter and Esc alone while an input method composes
 * (Chrome and Safari order composition and key events differently, so both the composition
 * events and the key event's own flags are checked).
 */
export function bindSearch(input: HTMLInputElement, view: ResultsView, hooks: SearchHooks = {}): SearchBinding {
  const base = import.meta.env.BASE_URL;
  let loaded: { sections: SearchableSection[]; fold: Fold } | undefined;
  let loading = false;
  let composing = false;

  const run = () => {
    if (loaded) return showResults(view, loaded, input.value, run, base);
    if (loading) return;
    loading = true;
    const strings = searchStrings();
    renderMessage(view, strings.loading);
    Promise.all([loadSections(base), loadFold(base)])
      .then(([sections, fold]) => {
        loaded = { sections, fold };
        run();
      })
      .catch((error: unknown) => {
        const missing = error instanceof IndexMissingError && import.meta.env.DEV;
        if (missing) renderMessage(view, strings.indexMissing);
        else renderMessage(view, strings.unavailable, strings.fullTextHref);
      })
      .finally(() => (loading = false));
  };
  const changed = () => {
    run();
    hooks.onInput?.(input.value);
  };

  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) changed();
  });
  input.addEventListener('compositionstart', () => (composing = true));
  input.addEventListener('compositionend', () => {
    composing = false;
    changed();
  });
  input.addEventListener('keydown', (event) => {
    if (composing || isComposing(event)) {
      // Esc would close the dialog; during composition it only cancels the IME's text.
      if (event.key === 'Escape') event.preventDefault();
      return;
    }
    const hook = event.key === 'Enter' ? hooks.onEnter : event.key === 'Escape' ? hooks.onEscape : undefined;
    if (hook) {
      event.preventDefault();
      hook();
    }
  });
  return { run, composing: () => composing };
}
