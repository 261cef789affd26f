/** A problem with the source that the importer cannot account for; `line` is 1-based in the source. */
export class ImportError extends Error {
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(message);
    this.name = 'ImportError';
    this.line = line;
  }
}
