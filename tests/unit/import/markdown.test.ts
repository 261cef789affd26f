import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { frontMatterYaml, renderPassage } from '../../../scripts/import/markdown';
import type { PassageData } from '../../../src/schema/passage';

const priority: PassageData = { kind: 'priority', number: 5, title: '推动浦东', order: 5, sourceLines: [15, 17] };
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

describe('renderPassage (rule 7)', () => {
  it('writes front matter in a fixed key order with sourceLines as a flow list, then one paragraph per block', () => {
    const data: PassageData = { sourceLines: [5], note: '原文缺失。', order: 1, number: 1, kind: 'priority' };
    expect(renderPassage('priority-1', data, ['甲。', '乙。'])).toBe(
      '---\nkind: priority\nnumber: 1\norder: 1\nnote: 原文缺失。\nsourceLines: [5]\n---\n\n甲。\n\n乙。\n',
    );
    expect(frontMatterYaml(priority)).toBe('kind: priority\nnumber: 5\ntitle: 推动浦东\norder: 5\nsourceLines: [15, 17]');
  });

  it('never folds a long note onto several lines', () => {
    const note = '很长的注释'.repeat(40);
    expect(frontMatterYaml({ ...priority, note })).toContain(`note: ${note}\n`);
  });

  it.each(['*强调*和_下划线_。', '[链接](x)。', '# 不是标题。', '1. 不是列表。', '<b>甲</b>。', '&amp;甲。', '`代码`。', '> 甲。'])(
    'escapes Markdown syntax in "%s" so that parsing gives the exact text back',
    (text) => {
      const markdown = renderPassage('p', priority, [text]);
      const paragraph = parser.parse(markdown).children[1];
      expect(paragraph?.type).toBe('paragraph');
      expect(toString(paragraph)).toBe(text);
      expect(markdown).not.toContain(`\n${text}\n`);
    },
  );

  it('refuses text that remark cannot give back exactly', () => {
    expect(() => renderPassage('priority-5', priority, ['甲。', ''])).toThrow(
      /passage priority-5: remark does not give back the exact text of paragraph 2/,
    );
  });
});
