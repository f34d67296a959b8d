import { z } from "zod";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

/** A link a page may render as href: http(s) only (never javascript: or data:). */
export const httpUrlSchema = z.url({ protocol: /^https?$/, error: "validation.urlInvalid" }).max(2000);

export const ARTICLE_MAX_CHARS = 400_000;

/** Article metadata and text, shared by the import form, the batch upload and POST /api/v1/articles. */
export const articleImportSchema = z.strictObject({
  title: z.string().trim().min(1, { error: "validation.titleRequired" }).max(500),
  text: z
    .string()
    .max(ARTICLE_MAX_CHARS, { error: "validation.textTooLong" })
    .refine((text) => text.trim().length > 0, { error: "validation.textRequired" })
    // PostgreSQL text cannot hold NUL; refuse it rather than alter the original input.
    .refine((text) => !text.includes("\u0000"), { error: "validation.textInvalidChars" }),
  format: z.enum(["text", "markdown", "html"]).default("text"),
  outlet: optionalText(200),
  url: httpUrlSchema
    .optional()
    .or(z.literal("").transform(() => undefined)),
  author: optionalText(200),
  publishedAt: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: "validation.dateInvalid" })
    .optional()
    .or(z.literal("").transform(() => undefined))
    .transform((value) => (value ? new Date(value) : undefined)),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}$/, { error: "validation.languageInvalid" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // The same text imported twice is refused unless the editor confirms it.
  allowDuplicate: z.boolean().default(false),
});
export type ArticleImportInput = z.output<typeof articleImportSchema>;

export const idSchema = z.string().min(1).max(64).regex(/^[\w-]+$/);
export const articleParamsSchema = z.object({ id: idSchema });
