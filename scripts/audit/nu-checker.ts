import { spawnSync } from 'node:child_process';
import vnuJar from 'vnu-jar';

/**
 * The W3C Nu HTML checker (npm vnu-jar, which needs Java 17+) over many files in one JVM run,
 * for the build tests. Java comes from the system: `.ci/run` installs Debian's
 * default-jre-headless when `java` is missing.
 */
export interface NuMessage {
  /** "error" (subType "fatal" when the checker had to stop), "info" (subType "warning"), "non-document-error". */
  type: string;
  subType?: string;
  /** file: URL of the checked file. */
  url?: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Every message the checker reports for `files` (absolute paths). */
export function runNuChecker(files: readonly string[], java = process.env['JAVA'] ?? 'java'): NuMessage[] {
  // A short run: the client compiler alone (it needs the larger stack) halves the checker's CPU time.
  const jvm = ['-Xss8m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
  const result = spawnSync(java, [...jvm, '-jar', String(vnuJar), '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) {
    throw new Error(
      `the Nu HTML checker needs Java 17 or newer (${java}: ${result.error.message}); ` +
        'on Debian: apt-get install -y default-jre-headless',
    );
  }
  if (result.status !== 0) throw new Error(`vnu.jar exited with ${result.status}: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { messages: NuMessage[] }).messages;
}

/** The messages that make a document invalid: errors, fatal errors, and files the checker could not read. */
export const isNuError = (message: NuMessage): boolean => message.type === 'error' || message.type === 'non-document-error';
