import { z } from "zod";

// The matrix filters live in the URL (a plain GET form, so they work without JavaScript).
// Anything malformed falls back to its default instead of failing the page.

export const MIN_SOURCES_CHOICES = [1, 2, 3, 4] as const;
export const SORTS = ["sources", "text", "status"] as const;
export type MatrixSort = (typeof SORTS)[number];

const first = (value: unknown) => {
  const one = Array.isArray(value) ? value[0] : value;
  return one === "" ? undefined : one;
};

export const matrixParamsSchema = z.object({
  minSources: z.preprocess(
    first,
    z.coerce
      .number()
      .int()
      .transform((n) => Math.min(Math.max(n, 1), 4))
      .catch(2),
  ),
  q: z.preprocess(
    first,
    z
      .string()
      .catch("")
      .transform((q) => q.trim().slice(0, 200) || undefined),
  ),
  sort: z.preprocess(first, z.enum(SORTS).catch("sources")),
});

export type MatrixParams = z.infer<typeof matrixParamsSchema>;

export function parseMatrixParams(searchParams: Record<string, string | string[] | undefined>): MatrixParams {
  return matrixParamsSchema.parse(searchParams);
}

/** The URL of the matrix with these filters; defaults are left out to keep links short. */
export function matrixHref(params: Partial<MatrixParams>): string {
  const search = new URLSearchParams();
  if (params.minSources !== undefined && params.minSources !== 2) search.set("minSources", String(params.minSources));
  if (params.q) search.set("q", params.q);
  if (params.sort && params.sort !== "sources") search.set("sort", params.sort);
  const query = search.toString();
  return query ? `/matrix?${query}` : "/matrix";
}

export type MatrixCell = "stated" | "contradicted" | "absent";
export type MatrixRow = { groupId: string; text: string; status: string; cells: MatrixCell[] };

const STATUS_ORDER: Record<string, number> = { disputed: 0, corroborated: 1, unverified: 2 };

export const statedCount = (row: Pick<MatrixRow, "cells">) => row.cells.reduce((n, cell) => n + (cell === "stated" ? 1 : 0), 0);

/** Sorts a copy of the rows; ties fall back to most sources, then text. */
export function sortMatrixRows<Row extends MatrixRow>(rows: readonly Row[], sort: MatrixSort, locale: string): Row[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const bySources = (a: Row, b: Row) => statedCount(b) - statedCount(a);
  const byText = (a: Row, b: Row) => collator.compare(a.text, b.text);
  const byStatus = (a: Row, b: Row) => (STATUS_ORDER[a.status] ?? 3) - (STATUS_ORDER[b.status] ?? 3);
  const order = sort === "text" ? [byText, bySources] : sort === "status" ? [byStatus, bySources, byText] : [bySources, byText];
  return [...rows].sort((a, b) => {
    for (const compare of order) {
      const result = compare(a, b);
      if (result !== 0) return result;
    }
    return 0;
  });
}

export type MatrixArticle = { id: string; title: string; outlet: string | null; publishedAt: Date | null };

/**
 * Drops the columns of articles stating none of the listed propositions (with a search
 * or a high minimum they are most of them) and the matching cells of every row.
 */
export function withoutEmptyColumns<Article, Row extends MatrixRow>(articles: readonly Article[], rows: readonly Row[]) {
  const keep = articles.map((_, index) => rows.some((row) => row.cells[index] !== "absent"));
  return {
    articles: articles.filter((_, index) => keep[index]),
    rows: rows.map((row) => ({ ...row, cells: row.cells.filter((_, index) => keep[index]) })),
    hidden: keep.filter((k) => !k).length,
  };
}
