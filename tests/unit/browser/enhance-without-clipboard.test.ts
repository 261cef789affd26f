// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://x.org/full/" }
import { beforeAll, expect, it } from 'vitest';
import { rangeOf, showPage } from './fragment-page';

/** A browser without the Clipboard API: the enhancement leaves no button that cannot work. */
beforeAll(async () => {
  showPage();
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  await import('../../../src/browser/enhance');
});

it('shows no copy button, also beside a selection in a passage', async () => {
  const seen = new Promise((resolve) => document.addEventListener('selectionchange', resolve, { once: true }));
  getSelection()?.addRange(rangeOf(0, '生态环境'));
  await seen;
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.copy-link')];
  expect(buttons).toHaveLength(2);
  expect(buttons.map((button) => button.hidden)).toEqual([true, true]);
  expect(document.querySelector<HTMLElement>('.quote-tools')?.hidden).toBe(true);
});
