// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The phone 目录 menu closes like a menu (src/browser/menu.ts), on a page like the site's. */

const html = (summary = '<summary>目录</summary>') => `
  <header><details class="toc-menu" open>${summary}<nav><p>本文</p><a href="#priority-5">第五</a></nav></details></header>
  <main><p>正文</p><input aria-label="搜索"></main>`;

/** Show the page, then run the script on it (it looks for the menu once, as when a page loads). */
async function load(markup = html()): Promise<HTMLDetailsElement> {
  document.body.innerHTML = markup;
  vi.resetModules();
  await import('../../../src/browser/menu');
  return document.querySelector('details.toc-menu') as HTMLDetailsElement;
}

const press = (key: string, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const click = (target: Element) => target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
const element = (selector: string) => document.querySelector(selector) as HTMLElement;

beforeEach(() => {
  // Clicking the entry must not navigate the test's page.
  document.addEventListener('click', (event) => event.preventDefault());
});

describe('Esc', () => {
  it('closes the open menu and gives focus back to its summary', async () => {
    const menu = await load();
    press('Escape');
    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(element('summary'));
  });

  it('leaves focus alone while the menu is closed', async () => {
    const menu = await load();
    menu.open = false;
    element('input').focus();
    press('Escape');
    expect(document.activeElement).toBe(element('input'));
  });

  it('does nothing when something else handled it first (a dialog, an input)', async () => {
    const menu = await load();
    element('input').addEventListener('keydown', (event) => event.preventDefault());
    press('Escape', element('input'));
    expect(menu.open).toBe(true);
  });

  it('is the only key that closes it', async () => {
    const menu = await load();
    press('Enter');
    press('e');
    expect(menu.open).toBe(true);
  });
});

describe('clicks', () => {
  it('choosing an entry closes the menu', async () => {
    const menu = await load();
    click(element('nav a'));
    expect(menu.open).toBe(false);
  });

  it('a click inside the menu, not on an entry, keeps it open', async () => {
    const menu = await load();
    click(element('nav p'));
    expect(menu.open).toBe(true);
  });

  it('a click outside closes it', async () => {
    const menu = await load();
    click(element('main p'));
    expect(menu.open).toBe(false);
  });

  it('a click outside a closed menu leaves it closed', async () => {
    const menu = await load();
    menu.open = false;
    click(element('main p'));
    expect(menu.open).toBe(false);
  });
});

it('a menu without a summary is left to the browser (nothing to give focus back to)', async () => {
  const menu = await load(html(''));
  press('Escape');
  click(element('main p'));
  expect(menu.open).toBe(true);
});

it('a page without the menu loads the script without error', async () => {
  await expect(load('<main><p>正文</p></main>')).resolves.toBeNull();
  expect(() => press('Escape')).not.toThrow();
});
