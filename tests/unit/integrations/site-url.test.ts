import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteUrlWarning } from '../../../src/integrations/site-url';

describe('siteUrlWarning', () => {
  it('without SITE_URL names localhost and everything that will carry it', () => {
    const warning = siteUrlWarning({});
    for (const part of [DEFAULT_SITE_URL, 'canonical URLs', 'sitemap', '/about/', 'QR codes', 'SITE_URL']) expect(warning).toContain(part);
    expect(siteUrlWarning({ SITE_URL: '' })).toBe(warning);
  });

  it('says nothing when SITE_URL is set', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://example.org' })).toBeUndefined();
  });
});
