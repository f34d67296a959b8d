import type { ExportRow, ExportSource } from "./types";

// The printable report reads article by article: each article with the statements of
// exported propositions it makes, in text order, each with its proposition's verdict.

export type ReportStatement = { source: ExportSource; row: ExportRow; /** The proposition's statements in other articles. */ elsewhere: ExportSource[] };
export type ReportArticle = Pick<ExportSource, "articleId" | "title" | "outlet" | "url" | "author" | "publishedAt"> & { statements: ReportStatement[] };

export function reportSections(rows: readonly ExportRow[]): ReportArticle[] {
  const articles = new Map<string, ReportArticle>();
  for (const row of rows) {
    for (const source of row.sources) {
      const { articleId, title, outlet, url, author, publishedAt } = source;
      const article = articles.get(articleId) ?? articles.set(articleId, { articleId, title, outlet, url, author, publishedAt, statements: [] }).get(articleId)!;
      article.statements.push({ source, row, elsewhere: row.sources.filter((other) => other.articleId !== articleId) });
    }
  }
  const time = (date: Date | null) => date?.getTime() ?? Number.POSITIVE_INFINITY;
  return [...articles.values()]
    .sort((a, b) => time(a.publishedAt) - time(b.publishedAt) || a.title.localeCompare(b.title) || (a.articleId < b.articleId ? -1 : 1))
    .map((article) => ({ ...article, statements: article.statements.sort((a, b) => a.source.start - b.source.start) }));
}
