import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import type { articleImportSchema } from "@/lib/validation/article";

/** What the import action accepts: the shared schema's input side (strings, not Dates). */
export type ImportInput = z.input<typeof articleImportSchema>;
export type ImportFormat = NonNullable<ImportInput["format"]>;

/** What a successful import returns (app/(app)/import/actions.ts). */
export type ImportedArticle = { id: string; title: string; language: string; claimCount: number; boilerplateCount: number };

export type ImportArticle = (input: ImportInput) => Promise<ActionResult<ImportedArticle>>;

export type ImportFailure = Extract<ActionResult<ImportedArticle>, { ok: false }>;

/** The editable metadata of one article, as the form holds it (empty string = not given). */
export type ArticleMeta = {
  title: string;
  outlet: string;
  url: string;
  author: string;
  publishedAt: string;
  language: string;
};

export const EMPTY_META: ArticleMeta = { title: "", outlet: "", url: "", author: "", publishedAt: "", language: "" };

/** Metadata fields shown as inputs, in display order; server field errors are matched on these names. */
export const META_FIELDS = ["title", "outlet", "url", "author", "publishedAt", "language"] as const;

/** A duplicate refusal carries the article that already holds this text. */
export function duplicateOf(failure: ImportFailure): { id: string; title: string | null } | null {
  if (failure.code !== "conflict" || typeof failure.existingArticleId !== "string") return null;
  return { id: failure.existingArticleId, title: typeof failure.existingTitle === "string" ? failure.existingTitle : null };
}

export function toImportInput(meta: ArticleMeta, text: string, format: ImportFormat, allowDuplicate = false): ImportInput {
  return {
    title: meta.title.trim(),
    text,
    format,
    outlet: meta.outlet.trim() || undefined,
    url: meta.url.trim() || undefined,
    author: meta.author.trim() || undefined,
    publishedAt: meta.publishedAt || undefined,
    language: meta.language || undefined,
    allowDuplicate,
  };
}
