import { fill, searchStrings } from './strings';
import { loadFold } from './fold';
import type { SearchableSection } from './match';
import type { Fold } from './normalise';
import { isComposing, renderMessage, type ResultsView } from './render';
import { QUERY_MAX_LENGTH, resultHref } from './section';
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

export interface SearchOptions {
  /** How long loading may take before the reader is told and the next keystroke tries again (ms). */
  deadline?: number;
}

/** Pagefind's files answer in well under a second; after this, they are not coming. */
const LOAD_DEADLINE = 10_000;

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
export function bindSearch(
  input: HTMLInputElement,
  view: ResultsView,
  hooks: SearchHooks = {},
  { deadline = LOAD_DEADLINE }: SearchOptions = {},
): SearchBinding {
  const base = import.meta.env.BASE_URL;
  /** The sections, and the fold table unless it failed to load (then each script finds itself). */
  let loaded: { sections: SearchableSection[]; fold: Fold | undefined } | undefined;
  let loading = false;
  /** Load attempts so far: a timed-out one is left behind, and only the latest may report a failure. */
  let attempts = 0;
  /** The last attempt timed out: its requests may never answer, so the next asks anew. */
  let stalled = false;
  let composing = false;

  const show = ({ sections, fold }: NonNullable<typeof loaded>) => {
    const strings = searchStrings();
    const notes = [
      ...(fold ? [] : [strings.foldMissing]),
      ...(input.value.length >= QUERY_MAX_LENGTH ? [fill(strings.tooLong, { max: QUERY_MAX_LENGTH })] : []),
    ];
    showResults(view, { sections, fold: fold ?? {} }, input.value, run, base, notes);
  };
  const run = () => {
    if (loaded) return show(loaded);
    if (loading) return;
    loading = true;
    const attempt = ++attempts;
    const strings = searchStrings();
    // The full text, marking what the reader was looking for.
    const fullText = () => (input.value.trim() ? resultHref(strings.fullTextHref, input.value) : strings.fullTextHref);
    renderMessage(view, strings.loading);
    const timer = setTimeout(() => {
      if (loaded) return;
      attempts++;
      loading = false;
      stalled = true;
      renderMessage(view, strings.timedOut, fullText());
    }, deadline);
    const fresh = stalled;
    stalled = false;
    Promise.all([loadSections(base, fresh), loadFold(base, fresh).catch(() => undefined)])
      .then(([sections, fold]) => {
        // The first answer serves, also a late one to an attempt that timed out.
        loaded ??= { sections, fold };
        run();
      })
      .catch((error: unknown) => {
        if (attempt !== attempts) return;
        const missing = error instanceof IndexMissingError && import.meta.env.DEV;
        if (missing) renderMessage(view, strings.indexMissing);
        else renderMessage(view, strings.unavailable, fullText());
      })
      .finally(() => {
        if (attempt !== attempts) return;
        clearTimeout(timer);
        loading = false;
      });
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
