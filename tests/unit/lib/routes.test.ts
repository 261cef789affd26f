import { describe, expect, it } from 'vitest';
import { normaliseBase, passageAnchor, passagePath, withBase } from '../../../src/lib/routes';

const sourceLines: [number] = [1];
const priority = { id: 'priority-5', data: { kind: 'priority', number: 5, order: 5, sourceLines } } as const;
const other = { id: 'han-zheng', data: { kind: 'other', title: '韩正在讲话中表示', order: 10, sourceLines } } as const;

describe('passagePath and passageAnchor', () => {
  it('a priority: /priorities/N/ and #priority-N', () => {
    expect(passagePath(priority)).toBe('priorities/5/');
    expect(passageAnchor(priority)).toBe('priority-5');
  });

  it('another passage: /passages/<id>/ and #<id>', () => {
    expect(passagePath(other)).toBe('passages/han-zheng/');
    expect(passageAnchor(other)).toBe('han-zheng');
  });
});

describe('normaliseBase', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['//', '/'],
    ['speech', '/speech/'],
    ['/speech', '/speech/'],
    ['speech/', '/speech/'],
    ['//speech//', '/speech/'],
    ['/a/b/', '/a/b/'],
  ])('%j → %j', (base, expected) => {
    expect(normaliseBase(base)).toBe(expected);
  });
});

describe('withBase', () => {
  it('joins the base and a path with exactly one slash', () => {
    expect(withBase('full/', '/speech/')).toBe('/speech/full/');
    expect(withBase('//full/', 'speech')).toBe('/speech/full/');
    expect(withBase('', '/speech')).toBe('/speech/');
    expect(withBase('a//b/', '/')).toBe('/a//b/');
  });

  it('uses the build’s base by default', () => {
    expect(withBase('pagefind/pagefind.js')).toBe(`${import.meta.env.BASE_URL}pagefind/pagefind.js`);
  });
});
