// @vitest-environment happy-dom
// @vitest-environment-options { "url": "http://x.org/full/" }
import { beforeAll, expect, it } from 'vitest';
import { rangeOf, showPage } from './fragment-page';

/** A browser without the Clipboard API (a plain-HTTP address): the buttons offer the text to copy by hand. */
beforeAll(async () => {
  showPage();
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  await import('../../../src/browser/enhance');
});

const fallback = () => document.querySelector<HTMLTextAreaElement>('.copy-fallback') as HTMLTextAreaElement;

it('shows the copy buttons, also beside a selection in a passage', async () => {
  const seen = new Promise((resolve) => document.addEventListener('selectionchange', resolve, { once: true }));
  getSelection()?.addRange(rangeOf(0, '生态环境'));
  await seen;
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.copy-link')];
  expect(buttons.map((button) => button.hidden)).toEqual([false, false]);
  expect(document.querySelector<HTMLElement>('.quote-tools')?.hidden).toBe(false);
});

it('says why on a click, and selects the link in a field to copy by hand', async () => {
  const button = document.querySelector<HTMLButtonElement>('#xi .copy-link') as HTMLButtonElement;
  button.click();
  await new Promise((resolve) => setTimeout(resolve));
  expect(button.getAttribute('aria-label')).toBe('复制失败');
  expect(document.querySelector('[role="status"]')?.textContent).toBe('复制失败：请手动复制。');
  expect([fallback().hidden, fallback().value, document.activeElement]).toEqual([false, 'http://x.org/full/#xi', fallback()]);
});
