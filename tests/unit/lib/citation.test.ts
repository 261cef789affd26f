import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { apa7, ACCESS_DATE_PLACEHOLDER, citationMeta, citationRecord, citedUrl, GBT7714_ONLINE, gbt7714 } from '../../../src/lib/citation';
import { formatCitation } from '../../../src/lib/citation-files';
import { readSpeech } from '../../support/content';

const speech = readSpeech();
const record = citationRecord(speech.title, new URL('https://example.org/speech/full/'));

describe('the citation record', () => {
  it('holds only what the site knows: the title as received, the URL, the language', () => {
    expect(record).toEqual({ id: 'speech', 'citation-key': 'speech', type: 'webpage', title: speech.title, URL: 'https://example.org/speech/full/', language: 'zh-CN' });
    expect(citedUrl(new URL('https://example.org'), '/speech/').href).toBe('https://example.org/speech/full/');
  });
});

describe('GB/T 7714-2015, electronic resource', () => {
  it('is 题名[EB/OL]. [引用日期]. URL. and matches the standard’s pattern', () => {
    expect(gbt7714(record)).toBe(`${speech.title}[EB/OL]. [${ACCESS_DATE_PLACEHOLDER}]. https://example.org/speech/full/.`);
    expect(gbt7714(record)).toMatch(GBT7714_ONLINE);
    expect(gbt7714(record, '2026-12-07')).toMatch(GBT7714_ONLINE);
  });
  it('the pattern rejects what the standard does not allow', () => {
    expect('题名[EB/OL]. (2020-08-22)[2026-12-07]. https://a.example/.').toMatch(GBT7714_ONLINE);
    for (const bad of ['题名[EB/OL]. https://a.example/.', '题名[M]. [2026-12-07]. https://a.example/.', '题名[EB/OL]. [2026-12-07]. https://a.example/', '题名[EB/OL]. [7 Dec 2026]. https://a.example/.']) {
      expect(bad).not.toMatch(GBT7714_ONLINE);
    }
  });
});

describe('APA 7', () => {
  it('a web page with no author and no date: Title. (n.d.). URL', () => {
    expect(apa7(record)).toBe(`${speech.title}. (n.d.). https://example.org/speech/full/`);
  });
});

describe('the files', () => {
  it.each(['ris', 'bibtex', 'csl-json'] as const)('%s reads back to the record (title in Chinese, URL, key)', (format) => {
    const text = formatCitation(record, format);
    const [data] = new Cite(text).data;
    expect({ id: data?.['id'], title: data?.['title'], URL: data?.['URL'] }).toEqual({ id: record.id, title: record.title, URL: record.URL });
  });
  it('RIS is an electronic source, BibTeX keeps the characters', () => {
    expect(formatCitation(record, 'ris')).toMatch(/^TY {2}- ELEC$/m);
    expect(formatCitation(record, 'bibtex')).toContain(`title = {${speech.title}}`);
  });
});

describe('citationMeta', () => {
  it('gives the Highwire tags of a page', () => {
    expect(citationMeta({ title: 'T', url: new URL('https://a.example/p/'), lang: 'zh-CN' })).toEqual([
      ['citation_title', 'T'],
      ['citation_public_url', 'https://a.example/p/'],
      ['citation_fulltext_html_url', 'https://a.example/p/'],
      ['citation_language', 'zh-CN'],
    ]);
  });
});
