import { expect, test } from './support/fixtures';
import { passage } from './reading-helpers';
import { clipboardText, expectLandsOn, quotesOf, selectWithMouse, trackQuotes } from './support/quotes';

/** Under BASE_PATH=/speech/: what 复制链接 and 复制引用链接 copy keeps the prefix, and the quote link lands. */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('复制链接 and 复制引用链接 copy URLs under /speech/', async ({ page, context, baseURL }) => {
  expect(new URL(baseURL ?? '').pathname, 'this spec runs against the /speech/ build').toBe('/speech/');
  const origin = new URL(baseURL ?? '').origin;
  await trackQuotes(context);
  await page.goto('full/');
  await page.locator('section#priority-6').getByRole('button', { name: '复制链接' }).click();
  await expect.poll(() => clipboardText(page)).toBe(`${origin}/speech/full/#priority-6`);

  const p = passage('priority-6');
  const quote = quotesOf(p).at(-1);
  if (!quote) throw new Error('priority-6 has no sentence');
  await page.goto(p.path);
  await selectWithMouse(page, ['main section.passage', quote]);
  await page.getByRole('button', { name: '复制引用链接' }).click();
  await expect.poll(() => clipboardText(page)).toMatch(new RegExp(`^${origin}/speech/priorities/6/#:~:text=\\S+$`));
  await expectLandsOn(context, await clipboardText(page), ['main section.passage', quote]);
});
