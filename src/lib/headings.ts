import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { priorityLabel, ui } from '../i18n/ui';
import type { PassageLike } from '../schema/collection';

/**
 * A passage's heading, built from front matter (the body stays verbatim): "第五 推动浦东高水平改革开放"
 * for a priority, just "第一" where the source lacks the title, the passage's label otherwise.
 */
export function passageHeadingText(passage: PassageLike): string {
  const { data } = passage;
  if (data.kind !== 'priority') return data.title;
  return data.title === undefined ? priorityLabel(data.number) : `${priorityLabel(data.number)} ${data.title}`;
}

/** The heading text for lists and page titles, saying so where the source has no title. */
export function passageLabel(passage: PassageLike): string {
  const untitled = passage.data.kind === 'priority' && passage.data.title === undefined;
  return untitled ? `${passageHeadingText(passage)}（${ui.reading.untitled}）` : passageHeadingText(passage);
}

/** The passage's heading element (`<h1>` on its own page, `<h2>` on /full/), number set apart. */
export function passageHeading(passage: PassageLike, rank: 1 | 2): Element {
  const { data } = passage;
  if (data.kind !== 'priority') return h(`h${rank}`, data.title);
  const children: ElementContent[] = [h('span', { className: ['number'] }, priorityLabel(data.number))];
  if (data.title !== undefined) children.push({ type: 'text', value: ' ' }, { type: 'text', value: data.title });
  return h(`h${rank}`, children);
}
