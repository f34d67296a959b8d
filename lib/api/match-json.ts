import type { findMatches } from "@/lib/services/matching";

type Match = Awaited<ReturnType<typeof findMatches>>[number];

export function matchJson(match: Match) {
  return {
    claimId: match.id,
    articleId: match.claim.article.id,
    groupId: match.claim.groupId,
    score: match.score,
    text: match.claim.text,
    start: match.claim.start,
    end: match.claim.end,
    article: {
      title: match.claim.article.title,
      outlet: match.claim.article.outlet,
      publishedAt: match.claim.article.publishedAt?.toISOString() ?? null,
      language: match.claim.article.language,
    },
    reasons: match.reasons.map(({ kind, key, label, a, b, aSpan, bSpan }) => ({ kind, key, label, a, b, aSpan, bSpan })),
    contradictions: match.contradictions,
  };
}
