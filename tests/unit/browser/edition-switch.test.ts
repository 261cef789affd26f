// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://x.org/full/" }
import { beforeAll, expect, it, vi } from 'vitest';

/** The 简/繁 switch keeps the reader's place (src/browser/edition-switch.ts). */

beforeAll(() => {
  // Following the link must not navigate the test's page.
  document.addEventListener('click', (event) => event.preventDefault());
});

/** Show a header with the switch, run the script on it (as when a page loads) and return the link. */
async function load(): Promise<HTMLAnchorElement> {
  document.body.innerHTML = '<header><a class="edition-switch" href="/zh-hant/full/">繁</a></header>';
  vi.resetModules();
  await import('../../../src/browser/edition-switch');
  return document.querySelector('a.edition-switch') as HTMLAnchorElement;
}

it('takes the section anchor and the query along', async () => {
  const link = await load();
  history.replaceState(null, '', '/full/?q=%E9%95%BF%E4%B8%89%E8%A7%92#priority-5');
  link.click();
  expect(link.href).toBe('https://x.org/zh-hant/full/?q=%E9%95%BF%E4%B8%89%E8%A7%92#priority-5');
});

it('drops an anchor and a query the reader no longer has', async () => {
  const link = await load();
  history.replaceState(null, '', '/full/');
  link.click();
  expect(link.href).toBe('https://x.org/zh-hant/full/');
});

it('a page without the switch loads the script without error', async () => {
  document.body.innerHTML = '<main></main>';
  vi.resetModules();
  await expect(import('../../../src/browser/edition-switch')).resolves.toBeDefined();
});
