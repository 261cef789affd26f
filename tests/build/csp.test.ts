import { describe, expect, it } from 'vitest';
import { inlineAttributes, inlineCode, parsePolicy, sha256Source } from '../../scripts/audit/csp';
import { builds, htmlFilesOf, readPage } from './support/site';

/**
 * Every page carries a Content Security Policy (astro.config.ts `security.csp`) that lets run
 * only what the page itself contains or this origin serves: each inline script and style by
 * its hash, nothing inline that a hash cannot name, nothing from another origin, no
 * 'unsafe-inline' or 'unsafe-eval'. Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
 */
for (const build of builds) {
  describe(`Content Security Policy, ${build.name}`, () => {
    it.each(htmlFilesOf(build))('%s', (file) => {
      const root = readPage(build, file);
      const metas = root.querySelectorAll('meta[http-equiv="content-security-policy" i]');
      expect(metas, `${file}: one CSP <meta>`).toHaveLength(1);
      const meta = metas[0]!;
      expect(meta.parentNode?.tagName, `${file}: the CSP <meta> is in <head>`).toBe('HEAD');

      // A <meta> policy governs only what comes after it: no script, style or stylesheet before.
      const head = root.querySelector('head')!;
      const before = head.childNodes.slice(0, head.childNodes.indexOf(meta));
      const governed = before.filter((node) => 'tagName' in node && /^(STYLE|LINK)$|^SCRIPT$/.test((node as { tagName: string }).tagName));
      const runsBefore = governed.filter((node) => {
        const element = node as unknown as { tagName: string; getAttribute(name: string): string | undefined };
        if (element.tagName === 'LINK') return /stylesheet|modulepreload|preload/.test(element.getAttribute('rel') ?? '');
        if (element.tagName === 'SCRIPT') return !/json/.test(element.getAttribute('type') ?? '');
        return true;
      });
      expect(runsBefore.length, `${file}: scripts or styles before the CSP <meta>`).toBe(0);

      const policy = parsePolicy(meta.getAttribute('content') ?? '');
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      const scriptSrc = policy.get('script-src') ?? [];
      const styleSrc = policy.get('style-src') ?? [];
      expect(scriptSrc).toContain("'wasm-unsafe-eval'");
      for (const [name, sources] of policy) {
        const loose = sources.filter((s) => /^'unsafe-(inline|eval|hashes)'$|^(https?:|data:|blob:|\*)/i.test(s) || (s.includes('.') && !s.startsWith("'")));
        expect(loose, `${file}: ${name} allows more than this origin and the listed hashes`).toEqual([]);
      }

      const { scripts, styles } = inlineCode(root);
      expect(scripts.length, `${file}: the page's own scripts`).toBeGreaterThan(0);
      const unlistedScripts = scripts.filter((text) => !scriptSrc.includes(sha256Source(text)));
      const unlistedStyles = styles.filter((text) => !styleSrc.includes(sha256Source(text)));
      expect(unlistedScripts.map((t) => t.slice(0, 80)), `${file}: inline scripts whose hash script-src does not list`).toEqual([]);
      expect(unlistedStyles.map((t) => t.slice(0, 80)), `${file}: inline styles whose hash style-src does not list`).toEqual([]);
      expect(inlineAttributes(root), `${file}: inline style attributes or event handlers`).toEqual([]);
    });
  });
}
