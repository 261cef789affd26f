import type { ClipboardWrite } from './harness';

/**
 * The little the journeys need from a browser, the same in every engine: each journey is
 * written once against this interface and runs in Firefox (Puppeteer over WebDriver BiDi),
 * WebKit (WebDriver classic) and, for the quote-link cross-check, Chromium (Puppeteer over CDP).
 * One browser per engine and one tab in it serve the whole suite.
 */
export type EngineName = 'firefox' | 'webkit' | 'chromium';

export interface Viewport {
  width: number;
  height: number;
}

/** Keys the journeys press. */
export type Key = 'Escape' | '/';

export interface Driver {
  readonly engine: EngineName;
  /** The browser's name and version, for the report. */
  readonly version: string;
  /** The site's root URL as this engine opens it (base path included, ends in "/"). */
  readonly siteUrl: string;
  /**
   * Open `url` (absolute, or relative to siteUrl) as a new document and wait for its load event.
   * A URL of the document already shown would only scroll it (a same-document navigation), so
   * the tab leaves for about:blank first.
   */
  goto(url: string): Promise<void>;
  /** The current URL. */
  url(): Promise<string>;
  /**
   * Run `fn` in the page with JSON arguments and return its JSON result (awaited if a promise).
   * `fn` is sent as source: it can use only its arguments and the page's globals.
   */
  evaluate<Args extends unknown[], Result>(fn: (...args: Args) => Result, ...args: Args): Promise<Awaited<Result>>;
  /** Make the page's layout viewport exactly this size (CSS pixels). */
  setViewport(viewport: Viewport): Promise<void>;
  /** Press and release a key, sent to the focused element as a real key event. */
  press(key: Key): Promise<void>;
  /** Type text into the focused element, as key input. */
  type(text: string): Promise<void>;
  /** Click the first element matching `selector` with the mouse (scrolled into view first). */
  click(selector: string): Promise<void>;
  /** Everything the page passed to navigator.clipboard.write/writeText in this document. */
  clipboardWrites(): Promise<ClipboardWrite[]>;
  /** The page printed to PDF on `format` paper (print media, backgrounds off, as a reader's print); undefined where the driver cannot print. */
  readonly pdf?: (format: 'A4' | 'Letter') => Promise<Uint8Array>;
  /** What went wrong in this document so far: console errors, uncaught errors, failed loads, CSP violations. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

/** `url` resolved against the site. */
export const resolveUrl = (siteUrl: string, url: string): string => new URL(url, siteUrl).href;

/** Whether two URLs address the same document (they differ at most in their fragment). */
export const sameDocument = (a: string, b: string): boolean => a.replace(/#.*$/, '') === b.replace(/#.*$/, '');
