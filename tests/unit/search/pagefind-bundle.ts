import { vi } from 'vitest';

/**
 * A stand-in for Pagefind's browser bundle (dist/pagefind/pagefind.js) holding two sections, for
 * the tests of the search UI. One instance per test file, kept across vi.resetModules():
 * `const pagefind = await vi.hoisted(() => import('./pagefind-bundle'));
 *  vi.mock('/pagefind/pagefind.js', () => pagefind);`
 */
export const fragments = [
  { url: '/priorities/5/', content: '第五，推动浦东高水平改革开放。支持浦东先行先试。', meta: { section: '第五 推动浦东高水平改革开放' } },
  { url: '/passages/han-zheng/', content: '韩正表示，浦东要先行。', meta: { section: '韩正在讲话中表示' } },
];

export const options = vi.fn(async (_options: unknown) => {});

export const search = vi.fn(async (_term: null, _options: unknown) => ({
  results: fragments.map((fragment) => ({ data: async () => fragment })),
}));
