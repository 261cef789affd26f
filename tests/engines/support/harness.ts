/**
 * What the suite installs in every document before the page's own scripts run: it records what
 * a reader would see go wrong (console errors, uncaught errors and rejections, failed resource
 * loads, Content-Security-Policy violations) and what the page writes to the clipboard, and
 * gives the tests a few measuring helpers. Puppeteer installs it as a preload script
 * (evaluateOnNewDocument). WebKit's WebDriver (classic) has no preload scripts, so the suite's
 * server also puts it into every page as the first element of <head>, ahead of any
 * Content-Security-Policy <meta> and of the page's own scripts (site.ts); in Firefox and
 * Chromium the preloaded copy is there first and the served one returns at once.
 *
 * installHarness runs in the page: it must use nothing from outside its own body.
 */
import type { Quote } from '../../support/quotes';

/** A call of navigator.clipboard.write or writeText: its text/plain and how the real call ended. */
export interface ClipboardWrite {
  text: string | undefined;
  outcome: 'pending' | 'resolved' | `rejected: ${string}`;
}

/** Where a box is in the viewport, rounded to whole pixels. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  viewportWidth: number;
  viewportHeight: number;
  /** The page is scrolled as far down as it goes. */
  atPageEnd: boolean;
}

export interface Harness {
  /** Problems in this document, in order, each one line. */
  problems: string[];
  clipboard: ClipboardWrite[];
  /** The first occurrence of `text` in the rendered text of `root` (a CSS selector), as a Range. */
  findText(text: string, root?: string): Range;
  /** The Range of `quote` in the passage body of `section` (a CSS selector). */
  quoteRange(section: string, quote: Quote): Range;
  /** The box of a Range or an element, in viewport coordinates. */
  box(target: Range | Element): Box;
}

/** What problems() reports for a document without the harness (about:blank, or one still loading). */
export const HARNESS_MISSING = 'the harness is missing from this document';

declare global {
  interface Window {
    engineHarness?: Harness;
  }
}

export function installHarness(): void {
  if (window.engineHarness) return;
  const problems: string[] = [];
  const clipboard: ClipboardWrite[] = [];

  const describe = (value: unknown): string =>
    value instanceof Error ? `${value.name}: ${value.message}` : typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));

  addEventListener('securitypolicyviolation', (event) => {
    problems.push(
      `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile || document.URL}:${event.lineNumber})`,
    );
  });
  addEventListener(
    'error',
    (event: Event) => {
      if (event instanceof ErrorEvent) problems.push(`uncaught ${describe(event.error ?? event.message)} (${event.filename}:${event.lineno})`);
      else {
        // A resource that failed to load: the event is the element's own (seen here while it captures).
        const element = event.target as Element & { src?: string; href?: string };
        problems.push(`failed to load <${element.localName}> ${element.src ?? element.href ?? ''}`);
      }
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${describe(event.reason)}`));
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(describe).join(' ')}`);
    consoleError(...args);
  };

  // Record what the page writes; the real call still happens, first, inside the click that made it.
  const api = (navigator as Partial<Navigator>).clipboard;
  if (api) {
    const write = api.write.bind(api);
    const writeText = api.writeText.bind(api);
    const record = (call: Promise<void>, text: Promise<string | undefined>): Promise<void> => {
      const entry: ClipboardWrite = { text: undefined, outcome: 'pending' };
      clipboard.push(entry);
      void text.then((value) => (entry.text = value)).catch(() => undefined);
      call.then(
        () => (entry.outcome = 'resolved'),
        (error: unknown) => (entry.outcome = `rejected: ${describe(error)}`),
      );
      return call;
    };
    api.writeText = (text: string) => record(writeText(text), Promise.resolve(text));
    api.write = (items: ClipboardItems) => {
      const call = write(items);
      const item = items.find((each) => each.types.includes('text/plain'));
      return record(call, item ? item.getType('text/plain').then((blob) => blob.text()) : Promise.resolve(undefined));
    };
  }

  const textNodes = (root: Node): Text[] => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    return nodes;
  };
  /** The Range of characters [start, end) of the text nodes' joined text. */
  const rangeOf = (nodes: Text[], start: number, end: number): Range => {
    const range = document.createRange();
    let seen = 0;
    for (const node of nodes) {
      if (seen <= start && start < seen + node.length) range.setStart(node, start - seen);
      if (seen < end && end <= seen + node.length) range.setEnd(node, end - seen);
      seen += node.length;
    }
    return range;
  };

  window.engineHarness = {
    problems,
    clipboard,
    findText(text, root = 'main') {
      const container = document.querySelector(root);
      if (!container) throw new Error(`no ${root} on ${document.URL}`);
      const nodes = textNodes(container);
      const at = nodes
        .map((node) => node.data)
        .join('')
        .indexOf(text);
      if (at < 0) throw new Error(`"${text}" is not in ${root} of ${document.URL}`);
      return rangeOf(nodes, at, at + text.length);
    },
    quoteRange(section, { text, paragraph, offset }) {
      const p = document.querySelectorAll(`${section} .passage-body p`)[paragraph];
      if (!p) throw new Error(`${section}: no paragraph ${paragraph} on ${document.URL}`);
      const range = rangeOf(textNodes(p), offset, offset + text.length);
      if (range.toString() !== text) throw new Error(`${section}: "${text}" is not at ${paragraph}:${offset} (found "${range.toString()}")`);
      return range;
    },
    box(target) {
      const rect = target.getBoundingClientRect();
      return {
        top: Math.round(rect.top),
        bottom: Math.round(rect.bottom),
        left: Math.round(rect.left),
        right: Math.round(rect.right),
        viewportWidth: document.documentElement.clientWidth,
        viewportHeight: innerHeight,
        atPageEnd: Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight,
      };
    },
  };
}
