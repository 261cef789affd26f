/** The part of a zod issue an error message needs. */
export interface FieldIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * `file: field "a.0.b": message`, the one format of every content error (schema, importer,
 * lint, tests), so a reader always learns the file and the field.
 */
export function formatIssue(file: string, issue: FieldIssue | undefined): string {
  return `${file}: ${fieldMessage(issue)}`;
}

/** `field "a.0.b": message`, for places that name the file themselves (lint messages). */
export function fieldMessage(issue: FieldIssue | undefined): string {
  const field = issue?.path.map(String).join('.') || '(whole file)';
  return `field "${field}": ${issue?.message ?? 'invalid'}`;
}

/** Parse `value` with `schema`; on failure throw an Error naming the file and the first bad field. */
export function parseOrThrow<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: FieldIssue[] } } },
  value: unknown,
  file: string,
): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(formatIssue(file, result.error.issues[0]));
  return result.data;
}

/** Parse JSON text, then validate it with `schema`; every failure names the file and the field. */
export function parseJsonOrThrow<T>(schema: Parameters<typeof parseOrThrow<T>>[0], json: string, file: string): T {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(formatIssue(file, { path: [], message: `invalid JSON (${(error as Error).message})` }));
  }
  return parseOrThrow(schema, value, file);
}
