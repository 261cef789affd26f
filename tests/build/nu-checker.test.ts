import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isNuError, runNuChecker, type NuMessage } from '../../scripts/audit/nu-checker';
import { builds, htmlFilesOf } from './support/site';

/**
 * Every built page of both builds is valid HTML for the W3C Nu HTML checker (besides
 * html-validate, tests/build/html-validate.test.ts): one JVM run over all files.
 */
const files = builds.flatMap((build) => htmlFilesOf(build).map((file) => join(build.dir, file)));

const describeMessage = (m: NuMessage) =>
  `${m.url ? fileURLToPath(m.url) : '?'}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} ${m.subType ?? m.type}: ${m.message}`;

describe('W3C Nu HTML checker', () => {
  it(`finds no error in the ${files.length} pages of both builds`, () => {
    expect(files.length).toBeGreaterThan(0);
    const errors = runNuChecker(files).filter(isNuError).map(describeMessage);
    expect(errors, `Nu checker errors:\n${errors.join('\n')}`).toEqual([]);
  });
});
