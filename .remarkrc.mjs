// The remark CLI's configuration: lint the passage files with the speech's rules
// (scripts/content-lint/). `npm run lint:content` loads TypeScript through tsx.
import contentLint from './scripts/content-lint/preset.ts';

export default contentLint;
