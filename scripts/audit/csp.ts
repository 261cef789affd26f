import { createHash } from 'node:crypto';
import type { HTMLElement } from 'node-html-parser';

/**
 * Reading a page's Content Security Policy, for the build tests: the policy of its
 * `<meta http-equiv="content-security-policy">` and what the page would need it to allow.
 */

/** A policy: each directive's sources, in order (`script-src` → ["'self'", …]). */
export type Policy = Map<string, string[]>;

/** Parse a serialized policy (`default-src 'self'; script-src 'self' 'sha256-…'`). */
export function parsePolicy(serialized: string): Policy {
  const policy: Policy = new Map();
  for (const part of serialized.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first occurrence of a directive wins; later ones are ignored (CSP 3, §2.2.1).
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** `'sha256-…'` of an inline script's or style's text, as a policy lists it. */
export const sha256Source = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Script types a browser runs (any other type is a data block, which CSP does not govern). */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** What a page runs or applies inline: the text of its executable inline scripts and its styles. */
export function inlineCode(root: HTMLElement): { scripts: string[]; styles: string[] } {
  const scripts = root
    .querySelectorAll('script:not([src])')
    .filter((script) => EXECUTABLE.has((script.getAttribute('type') ?? '').trim().toLowerCase()))
    .map((script) => script.rawText);
  const styles = root.querySelectorAll('style').map((style) => style.rawText);
  return { scripts, styles };
}

/** Elements that carry inline code no hash can allow: style attributes and on… event handlers. */
export function inlineAttributes(root: HTMLElement): string[] {
  return root.querySelectorAll('*').flatMap((element) =>
    Object.keys(element.attributes)
      .filter((name) => name === 'style' || /^on/i.test(name))
      .map((name) => `<${element.tagName.toLowerCase()} ${name}>`),
  );
}
