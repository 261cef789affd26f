import { describe, expect, it } from 'vitest';
import { ui } from '../../../src/i18n/ui';
import { sectionHeading, sectionLabel } from '../../../src/lib/labels';
import { formatBoundaries, parseBoundaries, splitAt } from '../../../src/lib/phrase-split';
import { NEVER_SPLIT, glossaryPositions, phraseBoundaries, phrases, wordBoundaries } from '../../../src/lib/phrases';
import { readContent } from '../../support/content';

const { passages, speech } = readContent();

/** Every text the site breaks into phrases: headings, contents entries, pager, header and search labels. */
const shown = [
  ...new Set([
    speech.title,
    ui.siteName,
    ui.reading.toc,
    ui.reading.full,
    ui.reading.fullLink,
    ui.reading.about,
    ui.reading.notFoundTitle,
    ui.about.title,
    ui.about.sourceHeading,
    ui.about.rulesHeading,
    ui.about.missingHeading,
    ui.about.removedHeading,
    ui.about.joinedHeading,
    ui.about.citeHeading,
    ...passages.flatMap((p) => [sectionHeading(p.data), sectionLabel(p.data), ...(p.data.title ? [p.data.title] : [])]),
  ]),
];

describe('phrases', () => {
  it('breaks the speech’s names and terms between words, not inside them', () => {
    expect(phrases('扎实推进长三角一体化发展座谈会')).toEqual(['扎实', '推进', '长三角', '一体化', '发展', '座谈会']);
    expect(phrases('增强欠发达区域高质量发展动能')).toEqual(['增强', '欠发达', '区域', '高质量', '发展', '动能']);
    expect(phrases('韩正在讲话中表示')[0]).toMatch(/^韩正/);
  });

  it('leaves no punctuation at a line’s edge and adds no break beside a space', () => {
    expect(phrases('第一（原文缺标题）')).toEqual(['第一', '（原文缺', '标题）']);
    expect(phrases('发展“指南”').at(-1)).toBe('“指南”');
    expect(phraseBoundaries('第五 推动浦东')).not.toContain(2);
    expect(phraseBoundaries('第五 推动浦东')).not.toContain(3);
  });

  it('gives each caller an array of its own (boundaries are found once per text)', () => {
    const first = phraseBoundaries('推动浦东高水平改革开放');
    first.push(99);
    expect(phraseBoundaries('推动浦东高水平改革开放')).not.toContain(99);
  });

  it.each(shown)('%s: breaks only at word boundaries outside NEVER_SPLIT, and keeps every character', (text) => {
    const boundaries = phraseBoundaries(text);
    const words = wordBoundaries(text);
    const { inside } = glossaryPositions(text);
    expect(phrases(text).join('')).toBe(text);
    expect(boundaries.filter((at) => !words.has(at)), 'boundaries that are not word boundaries').toEqual([]);
    expect(boundaries.filter((at) => inside.has(at)), 'boundaries inside a NEVER_SPLIT term').toEqual([]);
    expect([...boundaries].sort((a, b) => a - b)).toEqual(boundaries);
  });

  it('NEVER_SPLIT holds only terms of the headings and labels the site shows', () => {
    expect(NEVER_SPLIT.filter((term) => !shown.some((text) => text.includes(term)))).toEqual([]);
  });
});

describe('glossaryPositions', () => {
  it('marks the inside and the edges of every occurrence', () => {
    const { inside, edges } = glossaryPositions('长三角和长三角', ['长三角']);
    expect([...inside]).toEqual([1, 2, 5, 6]);
    expect([...edges]).toEqual([0, 3, 4, 7]);
  });
});

describe('phrase boundaries as data', () => {
  it('splitAt cuts at the offsets and ignores offsets outside the text or out of order', () => {
    expect(splitAt('甲乙丙丁', [1, 3])).toEqual(['甲', '乙丙', '丁']);
    expect(splitAt('甲乙', [])).toEqual(['甲乙']);
    expect(splitAt('甲乙丙', [0, 2, 1, 3, 9])).toEqual(['甲乙', '丙']);
  });

  it('formats for an attribute and parses back; rejects anything else', () => {
    expect(formatBoundaries([3, 5, 9])).toBe('3 5 9');
    expect(parseBoundaries(formatBoundaries([3, 5, 9]))).toEqual([3, 5, 9]);
    expect(parseBoundaries(undefined)).toEqual([]);
    expect(parseBoundaries('')).toEqual([]);
    expect(parseBoundaries('3, 5')).toEqual([]);
    expect(parseBoundaries('-1 2')).toEqual([]);
  });
});
