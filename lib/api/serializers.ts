/** The public JSON shapes of /api/v1 (documented in the README). */
type ArticleRow = {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  author: string | null;
  publishedAt: Date | null;
  language: string;
  createdAt: Date;
};

type ClaimRow = { id: string; articleId: string; text: string; start: number; end: number; kind: string; checkworthiness: number; signals: string[] };
type BoilerplateRow = { id: string; start: number; end: number; reason: string; included: boolean };

export function articleSummaryJson(article: ArticleRow & { claimCount?: number }) {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    author: article.author,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    language: article.language,
    createdAt: article.createdAt.toISOString(),
    ...(article.claimCount === undefined ? {} : { claimCount: article.claimCount }),
  };
}

export function claimJson(claim: ClaimRow) {
  return {
    id: claim.id,
    articleId: claim.articleId,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    kind: claim.kind,
    checkworthiness: claim.checkworthiness,
    signals: claim.signals,
  };
}

export function articleDetailJson(article: ArticleRow & { text: string; claims: ClaimRow[]; boilerplate: BoilerplateRow[] }) {
  return {
    ...articleSummaryJson(article),
    text: article.text,
    claims: article.claims.map(claimJson),
    boilerplate: article.boilerplate.map((span) => ({
      id: span.id,
      start: span.start,
      end: span.end,
      reason: span.reason,
      included: span.included,
    })),
  };
}
