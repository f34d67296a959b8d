import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { localizeMessage, translateKey } from "@/lib/i18n/messages";

const zodLocales = { en: z.locales.en(), fr: z.locales.fr() } satisfies Record<Locale, unknown>;

type ParseOptions = { status?: number; locale?: Locale };

/**
 * zod issues → one message per field, the shape forms and the API both show. Schema
 * messages are i18n keys ("validation.…"); zod's own messages come in the same locale.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, options: ParseOptions = {}): z.output<S> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const result = schema.safeParse(input, { error: zodLocales[locale].localeError });
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.join(".") : "_";
    const message = localizeMessage(locale, issue.message);
    (fieldErrors[field] ??= []).push(message);
  }
  const summary = Object.entries(fieldErrors)
    .map(([field, messages]) => (field === "_" ? messages.join(" ") : `${field}: ${messages.join(" ")}`))
    .join("; ");
  throw new ValidationError(`${translateKey(locale, "validation.invalidInput")} — ${summary}`, fieldErrors, options.status ?? 422);
}
