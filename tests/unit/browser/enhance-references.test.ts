// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://x.org/about/" }
import { beforeAll, expect, it, vi } from 'vitest';
import { ACCESS_DATE_PLACEHOLDER } from '../../../src/lib/citation';

/** /about/'s references (src/pages/[...edition]/about.astro): a copy button each, and the access date filled in. */
beforeAll(async () => {
  vi.useFakeTimers({ now: new Date(2026, 11, 7, 23, 30), toFake: ['Date'] });
  document.body.innerHTML = `
    <dl class="references">
      <dt id="r-name">GB/T 7714 <button type="button" class="tool-button" hidden aria-label="复制" data-copy-from="r"></button></dt>
      <dd><p id="r">题名[EB/OL]. [<span data-access-date>${ACCESS_DATE_PLACEHOLDER}</span>]. https://x.org/full/.</p></dd>
    </dl>
    <p role="status" data-copy-status data-copied="已复制" data-failed="复制失败" data-by-hand="复制失败：请手动复制。"></p>
    <textarea class="copy-fallback" readonly hidden></textarea>
    <div class="quote-tools" hidden><button data-copy="link" aria-label="l"></button><button data-copy="quote" aria-label="q"></button></div>`;
  await import('../../../src/browser/enhance');
  vi.useRealTimers();
});

it('fills GB/T 7714’s access date with the reader’s today, as YYYY-MM-DD', () => {
  expect(document.querySelector('[data-access-date]')?.textContent).toBe('2026-12-07');
});

it('shows the copy button, which copies the reference as the page shows it', async () => {
  const button = document.querySelector<HTMLButtonElement>('[data-copy-from]') as HTMLButtonElement;
  expect(button.hidden).toBe(false);
  button.click();
  await vi.waitFor(() => expect(button.getAttribute('aria-label')).toBe('已复制'));
  expect(await navigator.clipboard.readText()).toBe('题名[EB/OL]. [2026-12-07]. https://x.org/full/.');
});
