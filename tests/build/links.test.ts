import { describe, expect, it } from 'vitest';
import { LinkChecker } from '../../scripts/audit/link-check';
import { builds, htmlFilesOf, siteUrl } from './support/site';

/**
 * Every internal href/src of every built page resolves (file and fragment) in both the default
 * and the /speech/ build; under /speech/ nothing escapes the base path; nothing leaves the origin.
 */
for (const build of builds) {
  describe(`links in the ${build.name}`, () => {
    const checker = new LinkChecker(build, siteUrl.origin);
    const files = htmlFilesOf(build);

    it('has pages to check', () => {
      expect(files.length, `no HTML files in ${build.dir}`).toBeGreaterThan(0);
    });

    it.each(files)('%s: every internal URL and fragment resolves, no other origin', (file) => {
      const problems = checker.checkPage(file);
      expect(problems, `broken or external references:\n${problems.join('\n')}`).toEqual([]);
    });

    it('stylesheets fetch only files of this build', () => {
      const problems = checker.stylesheets().flatMap((file) => checker.checkStylesheet(file));
      expect(problems, `broken or external url() in CSS:\n${problems.join('\n')}`).toEqual([]);
    });

    it('sitemap and robots.txt list only built pages under SITE_URL and the base path', () => {
      const problems = checker.checkCrawlerFiles();
      expect(problems, `broken URLs for crawlers:\n${problems.join('\n')}`).toEqual([]);
    });
  });
}
