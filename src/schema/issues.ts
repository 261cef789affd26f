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
