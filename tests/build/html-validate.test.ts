import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builds, htmlFilesOf } from './support/site';

/** Every built page passes html-validate with the project's config (.htmlvalidate.json). */
const config = JSON.parse(readFileSync(resolve('.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new FileSystemConfigLoader(config));

function describeMessage(file: string, message: Message): string {
  return `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`;
}

for (const build of builds) {
  describe(`html-validate over the ${build.name}`, () => {
    it.each(htmlFilesOf(build))('%s has no errors', async (file) => {
      const path = join(build.dir, file);
      const report = await validator.validateString(readFileSync(path, 'utf8'), path);
      const errors = report.results.flatMap((result) =>
        result.messages.filter((m) => m.severity === 2).map((m) => describeMessage(file, m)),
      );
      expect(errors, `html-validate errors:\n${errors.join('\n')}`).toEqual([]);
    });
  });
}
