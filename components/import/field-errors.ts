/**
 * Server field errors are keyed by schema field ("title", "publishedAt", "_"…). Fields
 * the form shows get their errors next to the input; the others (the text of a file,
 * the format, a form-level "_") become lines such as "Article text: too long".
 */
export function errorLines(
  fieldErrors: Record<string, string[]> | undefined,
  shown: readonly string[],
  line: (field: string | null, message: string) => string,
): string[] {
  return Object.entries(fieldErrors ?? {})
    .filter(([field]) => !shown.includes(field))
    .map(([field, messages]) => line(field === "_" ? null : field, messages.join(" ")));
}
