import { ui } from '../i18n/ui';

/** `<title>`: the page's own name first, then the site's. */
export function documentTitle(pageName?: string): string {
  return pageName === undefined ? ui.siteName : `${pageName}｜${ui.siteName}`;
}

export type StructuredDataInput = { url: URL; description: string; lang: string } & (
  | { kind: 'home' }
  | { kind: 'full'; home: URL; headline: string }
  | { kind: 'passage'; full: URL; headline: string; speechTitle: string; position: number }
  | { kind: 'about'; home: URL }
);

/** schema.org JSON-LD for a page: the site, the speech as an Article, each passage part of it. */
export function structuredData(input: StructuredDataInput): Record<string, unknown> {
  const common = { '@context': 'https://schema.org', url: input.url.href, inLanguage: input.lang, description: input.description };
  switch (input.kind) {
    case 'home':
      return { ...common, '@type': 'WebSite', name: ui.siteName };
    case 'full':
      return { ...common, '@type': 'Article', headline: input.headline, isPartOf: website(input.home) };
    case 'passage':
      return {
        ...common,
        '@type': 'CreativeWork',
        headline: input.headline,
        position: input.position,
        isPartOf: { '@type': 'Article', headline: input.speechTitle, url: input.full.href },
      };
    case 'about':
      return { ...common, '@type': 'AboutPage', name: ui.about.title, isPartOf: website(input.home) };
  }
}

function website(home: URL): Record<string, unknown> {
  return { '@type': 'WebSite', name: ui.siteName, url: home.href };
}

/** JSON for a `<script type="application/…json">` element: "<" escaped so text can't close the element. */
export function jsonForScript(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
