import { describe, expect, it } from 'vitest';
import { eventually, inView, nearTop } from '../../engines/support/checks';
import { resolveUrl, sameDocument, type Driver } from '../../engines/support/driver';
import { HARNESS_MISSING } from '../../engines/support/harness';
import { requireBinary } from '../../engines/support/system';

/** The cross-engine suite's own logic that needs no browser (tests/engines/support/). */

/** A driver whose page reports `problems` (per call) and nothing else. */
function fakeDriver(problems: () => string[]): Driver {
  const unused = () => Promise.reject(new Error('not used'));
  return {
    engine: 'firefox',
    version: 'fake',
    siteUrl: 'http://127.0.0.1:1/',
    goto: unused,
    url: unused,
    evaluate: unused,
    setViewport: unused,
    press: unused,
    type: unused,
    click: unused,
    clipboardWrites: unused,
    problems: () => Promise.resolve(problems()),
    close: unused,
  };
}

describe('requireBinary', () => {
  it('returns a path that exists', () => {
    expect(requireBinary(process.execPath, 'nodejs')).toBe(process.execPath);
  });

  it('names the Debian package that provides a missing binary', () => {
    expect(() => requireBinary('/usr/bin/no-such-browser', 'webkit2gtk-driver')).toThrow(
      /\/usr\/bin\/no-such-browser not found: install the Debian package webkit2gtk-driver \(apt-get install -y webkit2gtk-driver/,
    );
  });
});

describe('URLs', () => {
  it('resolves paths against the site and compares documents without their fragment', () => {
    expect(resolveUrl('http://127.0.0.1:1/speech/', 'full/#priority-5')).toBe('http://127.0.0.1:1/speech/full/#priority-5');
    expect(sameDocument('http://h/full/#priority-5', 'http://h/full/#:~:text=a')).toBe(true);
    expect(sameDocument('http://h/full/', 'http://h/full/?q=a')).toBe(false);
  });
});

describe('eventually', () => {
  it('reads until the value is accepted, and returns it', async () => {
    let reads = 0;
    const value = await eventually(
      fakeDriver(() => []),
      'three reads',
      () => Promise.resolve((reads += 1)),
      (n) => n === 3,
    );
    expect(value).toBe(3);
  });

  it('fails after the timeout with the message and the last value read', async () => {
    const waiting = eventually(
      fakeDriver(() => []),
      'never true',
      () => Promise.resolve({ top: -5 }),
      () => false,
      { timeout: 60 },
    );
    await expect(waiting).rejects.toThrow('firefox: never true (last seen: {"top":-5})');
  });

  it('stops at the first problem the page records, naming it (a missing harness between documents is none)', async () => {
    let calls = 0;
    const problems = () => ((calls += 1) === 1 ? [HARNESS_MISSING] : [HARNESS_MISSING, 'CSP violation: script-src-elem blocked inline']);
    const waiting = eventually(fakeDriver(problems), 'scripts ran', () => Promise.resolve(false), Boolean);
    await expect(waiting).rejects.toThrow(/scripts ran \(last seen: false\)\nwhat went wrong in the page:\n {2}CSP violation: script-src-elem/);
    expect(calls).toBe(2);
  });

  it('keeps reading on a page meant to go wrong', async () => {
    let reads = 0;
    const value = await eventually(
      fakeDriver(() => ['console.error: expected']),
      'two reads',
      () => Promise.resolve((reads += 1)),
      (n) => n === 2,
      {
        problemsExpected: true,
      },
    );
    expect(value).toBe(2);
  });
});

describe('where a box is', () => {
  const viewport = { viewportWidth: 390, viewportHeight: 664, left: 16, right: 374, atPageEnd: false };
  it('is in view only when wholly inside the viewport', () => {
    expect(inView({ ...viewport, top: 0, bottom: 664 })).toBe(true);
    expect(inView({ ...viewport, top: -1, bottom: 30 })).toBe(false);
    expect(inView({ ...viewport, top: 650, bottom: 680 })).toBe(false);
    expect(inView({ ...viewport, left: -2, top: 10, bottom: 30 })).toBe(false);
    expect(inView(null)).toBe(false);
  });

  it('is near the top when it starts in the top quarter, or lower when the page is scrolled to its end', () => {
    expect(nearTop({ ...viewport, top: 16, bottom: 60 })).toBe(true);
    expect(nearTop({ ...viewport, top: 200, bottom: 240 })).toBe(false);
    expect(nearTop({ ...viewport, top: 380, bottom: 410, atPageEnd: true })).toBe(true);
    expect(nearTop({ ...viewport, top: 650, bottom: 690, atPageEnd: true })).toBe(false);
  });
});
