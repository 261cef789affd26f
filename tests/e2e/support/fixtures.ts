import { test as base, expect } from '@playwright/test';

/**
 * The browser tests' `test`: Playwright's, plus a check after every test that no page it opened
 * reported a Content Security Policy violation (reading, search, highlighting, quoting: every
 * journey runs under the site's policy). A test that provokes one on purpose empties
 * `cspViolations` once it has checked it.
 */
export interface CspViolation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

export const test = base.extend<{ cspViolations: CspViolation[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: CspViolation[] = [];
      await context.exposeBinding('reportCspViolation', (_source, violation: CspViolation) => void violations.push(violation));
      await context.addInitScript(() => {
        addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportCspViolation(v: unknown): void }).reportCspViolation;
          report({ page: location.href, directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
        });
      });
      await use(violations);
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
