import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { DEFAULT_EXPORT_STATUSES, EXPORT_FORMATS, EXPORT_STATUSES, type ExportFilters, type ExportStatus } from "@/lib/export/types";
import { JSON_FORMAT, JSON_VERSION } from "@/lib/export/json";
import { ARTICLE_MAX_CHARS, httpUrlSchema, idSchema } from "@/lib/validation/article";
import { NOTE_MAX, RATIONALE_MAX } from "@/lib/validation/verdict";
import { EVIDENCE_KINDS, EVIDENCE_STANCES } from "@/lib/verdicts/rules";

// Export filters arrive as URL search params, under the names the review queue uses
// (status, articleId, outlet, assignee, minCheckworthiness, from, to), so a queue link
// opens /export pre-filled. The page forgives a malformed param (it drops it and says
// so); the API refuses it (422), like every other endpoint.

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());
const day = z.iso.date({ error: "export.errors.dateInvalid" });

/** "corroborated,disputed" (comma-separated, or the param repeated), "all", or absent → the verified list. */
const statusParam = z.preprocess(
  (value) => (Array.isArray(value) ? value.join(",") : value),
  z
    .string()
    .optional()
    .transform((value) => (value ?? "").split(",").map((part) => part.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.enum([...EXPORT_STATUSES, "all"], { error: "export.errors.statusInvalid" })))
    .transform((parts): ExportStatus[] => {
      if (parts.length === 0) return [...DEFAULT_EXPORT_STATUSES];
      if (parts.includes("all")) return [...EXPORT_STATUSES];
      return EXPORT_STATUSES.filter((status) => parts.includes(status));
    }),
);

export const exportFilterShape = {
  status: statusParam,
  articleId: optional(idSchema),
  outlet: optional(z.string().trim().min(1).max(200)),
  language: optional(z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/, { error: "validation.languageInvalid" })),
  /** A user id, "me" (the signed-in user) or "none" (unassigned statements). */
  assignee: optional(z.union([z.literal("me"), z.literal("none"), idSchema])),
  minCheckworthiness: optional(z.coerce.number().min(0).max(1)),
  from: optional(day),
  to: optional(day),
  decidedFrom: optional(day),
  decidedTo: optional(day),
};

export type ExportFilterParams = Omit<ExportFilters, "assignee"> & { assignee?: string };

const RANGES = [["from", "to"], ["decidedFrom", "decidedTo"]] as const;
const reversed = (filters: ExportFilterParams, [from, to]: (typeof RANGES)[number]) => Boolean(filters[from] && filters[to] && filters[from]! > filters[to]!);

const boolParam = z.enum(["1", "true", "0", "false"]).transform((value) => value === "1" || value === "true");

/** GET /api/v1/export: strict, so a misspelt filter is an error rather than a silently bigger file. */
export const exportQuerySchema = z
  .strictObject({
    ...exportFilterShape,
    format: z.enum(EXPORT_FORMATS).default("csv"),
    /** CSV only: a byte-order mark for Excel; the delimiter then defaults by language. */
    excel: boolParam.default(false),
    delimiter: z.enum(["comma", "semicolon"]).optional(),
  })
  .refine((query) => !reversed(query, RANGES[0]), { error: "export.errors.rangeReversed", path: ["to"] })
  .refine((query) => !reversed(query, RANGES[1]), { error: "export.errors.rangeReversed", path: ["decidedTo"] });
export type ExportQuery = z.output<typeof exportQuerySchema>;

/**
 * The /export page: each param is read on its own; a malformed one is dropped (listed in
 * `ignored`) instead of failing the page. Params of the queue that mean nothing here
 * (sort, page, q…) are ignored.
 */
export function parseExportPageParams(searchParams: Record<string, string | string[] | undefined>) {
  const filters: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [key, schema] of Object.entries(exportFilterShape)) {
    const raw = key === "status" ? searchParams[key] : [searchParams[key]].flat()[0];
    const result = (schema as z.ZodType).safeParse(raw);
    if (result.success) filters[key] = result.data;
    else ignored.push(key);
  }
  if (ignored.includes("status")) filters.status = [...DEFAULT_EXPORT_STATUSES];
  const parsed = filters as ExportFilterParams;
  for (const range of RANGES) {
    if (!reversed(parsed, range)) continue;
    ignored.push(...range);
    for (const key of range) delete parsed[key];
  }
  return { filters: parsed, ignored };
}

/** The filters a service takes: "me" becomes the caller's id (an API token is nobody: 422). */
export function toExportFilters(params: ExportFilterParams, userId: string | null): ExportFilters {
  if (params.assignee !== "me") return params;
  if (!userId) throw new ValidationError("export.errors.meNeedsUser");
  return { ...params, assignee: userId };
}

/** Back to URL params (defaults left out), for links and for the API call of the page. */
export function exportFilterParams(filters: ExportFilterParams): URLSearchParams {
  const search = new URLSearchParams();
  const isDefault = filters.status.length === DEFAULT_EXPORT_STATUSES.length && DEFAULT_EXPORT_STATUSES.every((s) => filters.status.includes(s));
  if (!isDefault) search.set("status", filters.status.length === EXPORT_STATUSES.length ? "all" : filters.status.join(","));
  for (const key of ["articleId", "outlet", "language", "assignee", "minCheckworthiness", "from", "to", "decidedFrom", "decidedTo"] as const) {
    const value = filters[key];
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  return search;
}

// --- The claimdesk.claims file (lib/export/json.ts), validated before an import -------

const isoDateTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max).refine((value) => !value.includes("\u0000"), { error: "validation.textInvalidChars" });
const nullableText = (max: number) => text(max).nullable();

const fileArticleSchema = z.strictObject({
  id: idSchema,
  title: text(500).min(1),
  outlet: nullableText(200),
  url: httpUrlSchema.nullable(),
  author: nullableText(200),
  publishedAt: isoDateTime.nullable(),
  language: z.string().regex(/^[a-z]{2,3}$/),
  text: text(ARTICLE_MAX_CHARS).min(1),
});

const fileSourceSchema = z.strictObject({
  claimId: idSchema,
  articleId: idSchema,
  text: text(5000).min(1),
  start: z.int().nonnegative(),
  end: z.int().positive(),
  sentence: z.string(),
  // Copies of the article's metadata for readers of the claims alone; the import uses `articles`.
  title: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: isoDateTime.nullable(),
});

const fileClaimSchema = z.strictObject({
  groupId: idSchema,
  text: z.string(),
  status: z.enum(EXPORT_STATUSES),
  rationale: nullableText(RATIONALE_MAX),
  reviewer: z.strictObject({ id: z.string().max(64), name: z.string().max(200) }).nullable(),
  decidedAt: isoDateTime.nullable(),
  evidence: z.array(
    z.strictObject({
      kind: z.enum(EVIDENCE_KINDS),
      stance: z.enum(EVIDENCE_STANCES),
      url: httpUrlSchema.nullable(),
      title: nullableText(500),
      outlet: nullableText(200),
      note: nullableText(NOTE_MAX),
      linkedClaimId: idSchema.nullable(),
      addedAt: isoDateTime,
    })
    // The rules of evidenceInputSchema that a file can break: what each kind stands on.
      .refine((evidence) => evidence.kind !== "link" || evidence.url !== null, { path: ["url"], error: "verdicts.validation.urlRequired" })
      .refine((evidence) => evidence.kind !== "note" || Boolean(evidence.note?.trim()), { path: ["note"], error: "verdicts.validation.noteRequired" }),
  ),
  contradicts: z.array(z.strictObject({ groupId: idSchema, text: z.string() })),
  sources: z.array(fileSourceSchema).min(1),
});

/** Cross-references: ids unique, every source inside its article, its sentence the text there. */
function checkReferences(file: { articles: z.output<typeof fileArticleSchema>[]; claims: z.output<typeof fileClaimSchema>[] }, ctx: z.RefinementCtx) {
  const articles = new Map<string, string>();
  file.articles.forEach((article, index) => {
    if (articles.has(article.id)) ctx.addIssue({ code: "custom", message: "export.errors.fileDuplicateId", path: ["articles", index, "id"] });
    articles.set(article.id, article.text);
  });
  const groups = new Set<string>();
  const claims = new Set<string>();
  file.claims.forEach((claim, index) => {
    if (groups.has(claim.groupId)) ctx.addIssue({ code: "custom", message: "export.errors.fileDuplicateId", path: ["claims", index, "groupId"] });
    groups.add(claim.groupId);
    claim.sources.forEach((source, sourceIndex) => {
      const path = ["claims", index, "sources", sourceIndex];
      if (claims.has(source.claimId)) ctx.addIssue({ code: "custom", message: "export.errors.fileDuplicateId", path: [...path, "claimId"] });
      claims.add(source.claimId);
      const articleText = articles.get(source.articleId);
      if (articleText === undefined) {
        ctx.addIssue({ code: "custom", message: "export.errors.fileUnknownArticle", path: [...path, "articleId"] });
      } else if (source.end <= source.start || source.end > articleText.length || articleText.slice(source.start, source.end) !== source.sentence) {
        ctx.addIssue({ code: "custom", message: "export.errors.fileSpanMismatch", path: [...path, "sentence"] });
      }
    });
  });
}

export const exportFileSchema = z
  .strictObject({
    format: z.literal(JSON_FORMAT, { error: "export.errors.fileFormat" }),
    version: z.literal(JSON_VERSION, { error: "export.errors.fileVersion" }),
    team: z.strictObject({ id: z.string(), name: z.string(), publicationBaseUrl: z.string().nullable() }),
    generatedAt: isoDateTime,
    filters: z.record(z.string(), z.unknown()),
    articles: z.array(fileArticleSchema),
    claims: z.array(fileClaimSchema),
  })
  .superRefine(checkReferences);
export type ExportFile = z.output<typeof exportFileSchema>;

export const importQuerySchema = z.strictObject({ allowDuplicates: boolParam.default(false) });
