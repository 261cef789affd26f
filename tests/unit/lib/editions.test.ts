import { describe, expect, it } from 'vitest';
import { editionHref, editionOfPath, editionParam, editionPaths, hrefIn, pathInEdition } from '../../../src/lib/editions';

describe('editions', () => {
  it('the simplified edition at the root, the traditional one under /zh-hant/', () => {
    expect(editionParam('simplified')).toBeUndefined();
    expect(editionParam('traditional')).toBe('zh-hant');
    expect(editionPaths()).toEqual([
      { params: { edition: undefined }, props: { edition: 'simplified' } },
      { params: { edition: 'zh-hant' }, props: { edition: 'traditional' } },
    ]);
  });

  it('links within an edition, base path included', () => {
    expect(editionHref('full/', 'simplified', '/')).toBe('/full/');
    expect(editionHref('full/#priority-5', 'traditional', '/')).toBe('/zh-hant/full/#priority-5');
    expect(editionHref('/priorities/5/', 'traditional', '/speech')).toBe('/speech/zh-hant/priorities/5/');
    expect(editionHref('', 'traditional', '/speech/')).toBe('/speech/zh-hant/');
    expect(hrefIn('traditional')('about/')).toBe(editionHref('about/', 'traditional'));
  });

  it('tells the edition of a path and the same page in the other edition', () => {
    expect(editionOfPath('/speech/zh-hant/priorities/5/', '/speech/')).toBe('traditional');
    expect(editionOfPath('/speech/zh-hant/', '/speech/')).toBe('traditional');
    expect(editionOfPath('/speech/zh-hant', '/speech/')).toBe('traditional');
    expect(editionOfPath('/speech/priorities/5/', '/speech/')).toBe('simplified');
    expect(editionOfPath('/zh-hantx/', '/')).toBe('simplified');
    expect(pathInEdition('/speech/zh-hant/priorities/5/', '/speech/')).toBe('priorities/5/');
    expect(pathInEdition('/speech/priorities/5/', '/speech/')).toBe('priorities/5/');
    expect(pathInEdition('/zh-hant/', '/')).toBe('');
    expect(pathInEdition('/zh-hant', '/')).toBe('');
    expect(pathInEdition('/', '/')).toBe('');
  });
});
