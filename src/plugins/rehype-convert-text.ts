import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

/**
 * A rehype plugin that rewrites a page's text with `convert` (here: simplified → traditional
 * Chinese). Text is converted a block at a time, so a phrase split by
 * inline markup (<wbr>, <mark>, <a>) converts as the phrase it is; the conversion must keep the
 * length of the text, and each text node gets its own part back. Human-readable attributes
 * (aria-label, title, alt, placeholder, <meta content>, data-*) are converted too; ids, URLs and
 * code are not; JSON data blocks are, scripts are not. An element marked as simplified Chinese (lang="zh-CN"/"zh-Hans", e.g. the link
 * to the simplified edition) or translate="no" keeps its text.
 */
export interface ConvertTextOptions {
  /** Must keep the number of characters: each text node gets its own stretch of the result back. */
  convert: (text: string) => string;
}

/** Elements whose text flows into their parent's line: converted together with it. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q',
  's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);
/** Elements whose text is code or markup, not prose. */
const CODE = new Set(['script', 'style', 'template', 'svg', 'pre']);
/** Properties (hast names) that hold text for readers. */
const TEXT_PROPERTIES = new Set(['ariaLabel', 'title', 'alt', 'placeholder']);

const keepsText = (element: Element): boolean => {
  const lang = String(element.properties['lang'] ?? '').toLowerCase();
  // JSON in a page (structured data, the search strings) is text for readers; scripts are code.
  const isJson = element.tagName === 'script' && /^application\/(ld\+)?json$/.test(String(element.properties['type']));
  const simplified = lang === 'zh-cn' || lang.startsWith('zh-hans');
  return simplified || element.properties['translate'] === 'no' || (CODE.has(element.tagName) && !isJson);
};

export default function rehypeConvertText(options: ConvertTextOptions) {
  const { convert } = options;

  /** The text nodes of `parent` that read as one run, in order; blocks inside are handled on their own. */
  function runOf(parent: Root | Element, blocks: Element[]): Text[] {
    const texts: Text[] = [];
    for (const child of parent.children as (RootContent | ElementContent)[]) {
      if (child.type === 'text') texts.push(child);
      else if (child.type === 'element' && !keepsText(child)) {
        convertProperties(child);
        if (INLINE.has(child.tagName)) texts.push(...runOf(child, blocks));
        else blocks.push(child);
      }
    }
    return texts;
  }

  function convertRun(texts: readonly Text[]): void {
    const joined = texts.map((t) => t.value).join('');
    if (!/\p{Script=Han}/u.test(joined)) return;
    const converted = [...convert(joined)];
    let at = 0;
    for (const text of texts) {
      const length = [...text.value].length;
      text.value = converted.slice(at, at + length).join('');
      at += length;
    }
  }

  function convertProperties(element: Element): void {
    for (const [name, value] of Object.entries(element.properties)) {
      const readable = TEXT_PROPERTIES.has(name) || name.startsWith('data') || (name === 'content' && element.tagName === 'meta');
      if (readable && typeof value === 'string') element.properties[name] = convert(value);
    }
  }

  function convertBlock(block: Root | Element): void {
    const blocks: Element[] = [];
    convertRun(runOf(block, blocks));
    for (const inner of blocks) convertBlock(inner);
  }

  return (tree: Root): void => convertBlock(tree);
}
