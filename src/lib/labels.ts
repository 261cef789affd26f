import { ui } from '../i18n/ui';
import type { PassageData } from '../schema/passage';
import { ordinal } from './numerals';

/**
 * How a section is named, everywhere (headings, contents, pager, page titles, search results):
 * "第五 推动浦东高水平改革开放" for a priority, the passage's own label ("习近平强调") otherwise.
 * The heading is built from front matter; the body stays verbatim.
 */
export interface SectionName {
  /** "第五" for a priority; absent for other passages. */
  number?: string | undefined;
  /** The heading phrase; absent where the source lacks it (第一). */
  title?: string | undefined;
}

export function sectionName(data: PassageData): SectionName {
  return data.kind === 'priority' ? { number: ordinal(data.number), title: data.title } : { title: data.title };
}

/** The heading text: "第五 推动浦东高水平改革开放", just "第一" where the source lacks the title, or the label. */
export function sectionHeading(data: PassageData): string {
  const { number, title } = sectionName(data);
  return [number, title].filter((part) => part !== undefined).join(' ');
}

/** The name in lists, titles and search results: the heading, saying so where the source has no title. */
export function sectionLabel(data: PassageData): string {
  const heading = sectionHeading(data);
  return data.title === undefined ? `${heading}（${ui.reading.untitled}）` : heading;
}
