import { describe, expect, it } from 'vitest';
import { directoryRedirect } from '../../../scripts/preview-server';
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
