import remarkFrontmatter from 'remark-frontmatter';
import remarkLint from 'remark-lint';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import type { Preset } from 'unified';
import bodyNotEmpty from './body-not-empty';
import collection from './collection';
import frontMatterSchema from './front-matter-schema';
import noRepeatedSentence from './no-repeated-sentence';
import paragraphEndsSentence from './paragraph-ends-sentence';

/**
 * The content linter for content/passages/*.md: remark-lint's recommended preset plus the
 * speech's own rules. `.remarkrc.mjs` hands it to the remark CLI (`npm run lint:content`);
 * tests/content/lint.test.ts runs it on broken copies.
 */
const contentLint: Preset = {
  plugins: [
    [remarkFrontmatter, ['yaml']],
    remarkLint,
    remarkPresetLintRecommended,
    frontMatterSchema,
    bodyNotEmpty,
    paragraphEndsSentence,
    noRepeatedSentence,
    collection,
  ],
};

export default contentLint;
