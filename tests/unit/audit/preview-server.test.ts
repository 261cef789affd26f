import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directoryRedirect, edition404 } from '../../../scripts/preview-server';
import { page, writeSite } from './fixture';

/** `npm start` answers a directory path without its trailing slash as static hosts do: a redirect. */
const site = writeSite({ 'index.html': page(''), 'priorities/5/index.html': page(''), 'robots.txt': '' });

describe('directoryRedirect', () => {
  it('adds the slash to a directory path, keeping the query', () => {
    expect(directoryRedirect('/priorities/5', '/', site)).toBe('/priorities/5/');
    expect(directoryRedirect('/priorities/5?highlight=%E6%B5%A6', '/', site)).toBe('/priorities/5/?highlight=%E6%B5%A6');
  });

  it('knows the base path: /speech/priorities/5 and /speech', () => {
    expect(directoryRedirect('/speech/priorities/5', '/speech/', site)).toBe('/speech/priorities/5/');
    expect(directoryRedirect('/speech?q=1', '/speech/', site)).toBe('/speech/?q=1');
    expect(directoryRedirect('/priorities/5', '/speech/', site)).toBeUndefined();
  });

  it('leaves alone paths with the slash, files, missing pages and paths that climb out', () => {
    expect(directoryRedirect('/priorities/5/', '/', site)).toBeUndefined();
    expect(directoryRedirect('/robots.txt', '/', site)).toBeUndefined();
    expect(directoryRedirect('/priorities/9', '/', site)).toBeUndefined();
    expect(directoryRedirect('/priorities%2F..%2F..%2Fetc', '/', site)).toBeUndefined();
    expect(directoryRedirect('/%E0%A4%A', '/', site)).toBeUndefined();
  });
});

describe('edition404', () => {
  const built = writeSite({ '404.html': page(''), 'zh-hant/404.html': page(''), 'zh-hant/full/index.html': page(''), 'zh-hant/x.txt': '' });
  const traditional404 = join(built, 'zh-hant', '404.html');

  it('gives the traditional 404 page for a miss under /zh-hant/, in any case, with the base path', () => {
    expect(edition404('/zh-hant/priorities/9/', '/', built)).toBe(traditional404);
    expect(edition404('/zh-hant/priorities/9', '/', built)).toBe(traditional404);
    expect(edition404('/ZH-HANT/', '/', built)).toBe(traditional404);
    expect(edition404('/speech/zh-hant/nothing?q=1', '/speech/', built)).toBe(traditional404);
  });

  it('leaves alone what exists, misses outside /zh-hant/, paths that climb out or cannot be read', () => {
    expect(edition404('/zh-hant/full/', '/', built)).toBeUndefined();
    expect(edition404('/zh-hant/x.txt', '/', built)).toBeUndefined();
    expect(edition404('/zh-hant/404.html', '/', built)).toBeUndefined();
    expect(edition404('/priorities/9/', '/', built)).toBeUndefined();
    expect(edition404('/zh-hant-x/', '/', built)).toBeUndefined();
    expect(edition404('/zh-hant/priorities/9/', '/speech/', built)).toBeUndefined();
    expect(edition404('/zh-hant/..%2F..%2Fetc', '/', built)).toBeUndefined();
    expect(edition404('/zh-hant/%E0%A4%A', '/', built)).toBeUndefined();
  });

  it('leaves misses to the root 404 in a build without the traditional one', () => {
    expect(edition404('/zh-hant/priorities/9/', '/', site)).toBeUndefined();
  });
});
