import { describe, expect, it } from 'vitest';
import { inlineAttributes, inlineCode, parsePolicy, sha256Source } from '../../../scripts/audit/csp';
import { parseHtml } from '../../../scripts/audit/html-refs';

describe('scripts/audit/csp', () => {
  it('parses a policy: directives lower-cased, sources in order, the first of a repeated directive wins', () => {
    const policy = parsePolicy("default-src 'self';SCRIPT-SRC 'self' 'sha256-x' ;  script-src *; ");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", "'sha256-x'"]],
    ]);
  });

  it('hashes text as a policy lists it (SHA-256 of the UTF-8 bytes, base64)', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(sha256Source('长')).not.toBe(sha256Source('長'));
  });

  it('finds the inline code a page runs: scripts of executable types and styles, not data blocks or external scripts', () => {
    const root = parseHtml(
      '<head><script>a()</script><script type="module">b()</script><script type="application/ld+json">{}</script>' +
        '<script src="/x.js"></script><style>p{}</style></head>',
    );
    expect(inlineCode(root)).toEqual({ scripts: ['a()', 'b()'], styles: ['p{}'] });
  });

  it('finds style attributes and event handlers, which no hash can allow', () => {
    const root = parseHtml('<p style="color:red">x</p><img onerror="x()" alt=""><a href="#">y</a>');
    expect(inlineAttributes(root)).toEqual(['<p style>', '<img onerror>']);
  });
});
