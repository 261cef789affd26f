import { ordinal } from '../../src/lib/numerals';
import { checkCollection } from '../../src/schema/collection';
import { formatIssue } from '../../src/schema/issues';
import { passageSchema, type PassageData } from '../../src/schema/passage';
import { speechSchema } from '../../src/schema/speech';
import { dropRepeats } from './dedup';
import { ImportError } from './errors';
import { joinParagraphs } from './join';
import { renderPassage } from './markdown';
import { nameOtherPassage } from './other-passages';
import { splitParagraphs } from './paragraphs';
import { groupPriorities } from './priorities';
import { takeTitle } from './title';
import type { ImportResult, PassageOutput } from './types';

/** The note of a priority whose opening and heading the source lacks, in plain words. */
export function missingOpeningNote(number: number): string {
  return `原文从${ordinal(number)}条中途开始，本条的开头和标题缺失，这里只收录原文保留的部分。`;
}

function validate(id: string, data: unknown): PassageData {
  const result = passageSchema.safeParse(data);
  if (result.success) return result.data;
  throw new ImportError(formatIssue(`passage ${id}`, result.error.issues[0]));
}

/**
 * The whole import, in memory: source text in, content files out. Throws ImportError on input
 * it cannot account for; nothing here touches the file system.
 */
export function importSpeech(source: string): ImportResult {
  const { title, body } = takeTitle(splitParagraphs(source));
  const { kept, removed } = dropRepeats(body);
  const { priorities, rest } = groupPriorities(joinParagraphs(kept));

  const drafts = [
    ...priorities.map((p) => ({
      id: `priority-${p.number}`,
      data: {
        kind: 'priority' as const,
        number: p.number,
        ...(p.title === undefined ? { note: missingOpeningNote(p.number) } : { title: p.title }),
      },
      blocks: p.blocks,
    })),
    ...rest.map((block) => {
      const { id, title: label } = nameOtherPassage(block);
      return { id, data: { kind: 'other' as const, title: label }, blocks: [block] };
    }),
  ];

  const passages: PassageOutput[] = drafts.map((draft, index) => ({
    id: draft.id,
    blocks: draft.blocks,
    data: validate(draft.id, {
      ...draft.data,
      order: index + 1,
      sourceLines: draft.blocks.flatMap((block) => block.paragraphs.map((p) => p.line)),
    }),
  }));
  const ids = new Set<string>();
  for (const passage of passages) {
    if (ids.has(passage.id)) throw new ImportError(`two passages get the id ${passage.id}`, passage.data.sourceLines[0]);
    ids.add(passage.id);
  }
  checkCollection(passages.map(({ id, data }) => ({ id, data, filePath: `passages/${id}.md` })));

  const passageOfLine = (line: number) => passages.find((p) => p.data.sourceLines.includes(line))?.id ?? '';
  const speech = speechSchema.parse({
    title,
    missing: priorities
      .filter((p) => p.title === undefined)
      .flatMap((p) => (['opening', 'title'] as const).map((what) => ({ passage: `priority-${p.number}`, what }))),
    removed: removed.map(({ line, text, duplicateOfLine }) => ({ line, text, duplicateOf: passageOfLine(duplicateOfLine) })),
    joined: passages.flatMap((p) =>
      p.blocks.filter((b) => b.paragraphs.length > 1).map((b) => ({ lines: b.paragraphs.map((q) => q.line), passage: p.id })),
    ),
  });

  const files = new Map<string, string>();
  for (const { id, data, blocks } of passages) {
    files.set(`passages/${id}.md`, renderPassage(id, data, blocks.map((block) => block.text)));
  }
  files.set('speech.json', `${JSON.stringify(speech, null, 2)}\n`);
  return { passages, speech, files };
}
