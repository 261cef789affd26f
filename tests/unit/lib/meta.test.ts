import { describe, expect, it } from 'vitest';
import { documentTitle, jsonForScript, structuredData } from '../../../src/lib/meta';
import { neighbours } from '../../../src/lib/navigation';

describe('documentTitle', () => {
  it('puts the page name before the site name', () => {
    expect(documentTitle('第五 推动浦东高水平改革开放')).toBe('第五 推动浦东高水平改革开放｜扎实推进长三角一体化发展座谈会');
    expect(documentTitle()).toBe('扎实推进长三角一体化发展座谈会');
  });
});

describe('structuredData', () => {
  it('describes a passage as part of the speech', () => {
    const data = structuredData({
      kind: 'passage',
      url: new URL('https://example.org/speech/priorities/5/'),
      full: new URL('https://example.org/speech/full/'),
      headline: '第五 推动浦东高水平改革开放',
      speechTitle: '标题',
      position: 5,
      description: '第五，推动浦东高水平改革开放。',
      lang: 'zh-TW',
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      url: 'https://example.org/speech/priorities/5/',
      inLanguage: 'zh-TW',
      headline: '第五 推动浦东高水平改革开放',
      isPartOf: { '@type': 'Article', headline: '标题', url: 'https://example.org/speech/full/' },
    });
  });

  it('serializes so that text cannot close the script element', () => {
    const json = jsonForScript({ headline: '</script><b>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ headline: '</script><b>' });
  });
});

describe('neighbours', () => {
  it('gives previous and next in order, nothing past either end', () => {
    const order = ['a', 'b', 'c'];
    expect(neighbours(order, 'a')).toEqual({ prev: undefined, next: 'b' });
    expect(neighbours(order, 'b')).toEqual({ prev: 'a', next: 'c' });
    expect(neighbours(order, 'c')).toEqual({ prev: 'b', next: undefined });
    expect(() => neighbours(order, 'd')).toThrow(/not in the list/);
  });
});

describe('structuredData for the other pages', () => {
  const common = { '@context': 'https://schema.org', inLanguage: 'zh-CN', description: '说明' };
  const home = new URL('https://example.org/speech/');
  const site = { '@type': 'WebSite', name: '扎实推进长三角一体化发展座谈会', url: 'https://example.org/speech/' };

  it('the home page is the website', () => {
    expect(structuredData({ kind: 'home', url: home, description: '说明', lang: 'zh-CN' })).toEqual({
      ...common,
      url: 'https://example.org/speech/',
      '@type': 'WebSite',
      name: '扎实推进长三角一体化发展座谈会',
    });
  });

  it('the full text is the article, part of the website', () => {
    const url = new URL('full/', home);
    expect(structuredData({ kind: 'full', url, home, headline: '标题', description: '说明', lang: 'zh-CN' })).toEqual({
      ...common,
      url: url.href,
      '@type': 'Article',
      headline: '标题',
      isPartOf: site,
    });
  });

  it('the about page is an AboutPage, part of the website', () => {
    const url = new URL('about/', home);
    expect(structuredData({ kind: 'about', url, home, description: '说明', lang: 'zh-CN' })).toEqual({
      ...common,
      url: url.href,
      '@type': 'AboutPage',
      name: '关于本文',
      isPartOf: site,
    });
  });
});
