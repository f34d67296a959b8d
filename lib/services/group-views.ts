import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { contradictingPairs } from "@/lib/matching";
import { independentSourceClusters } from "@/lib/matching/independence";
import { nearIdenticalArticles } from "@/lib/services/source-copies";

const CONTEXT_CHARS = 160;

/** A proposition: every source stating it (with context), independence, contradictions. */
export async function getClaimGroup(teamId: string, groupId: string) {
  const group = await db().claimGroup.findFirst({
    where: { id: groupId, teamId },
    include: {
      claims: {
        where: { teamId, deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: {
          id: true, text: true, start: true, end: true, features: true,
          article: { select: { id: true, title: true, outlet: true, url: true, publishedAt: true, language: true, text: true } },
        },
      },
    },
  });
  if (!group) throw new NotFoundError();
  const articles = [...new Map(group.claims.map((claim) => [claim.article.id, claim.article])).values()];
  const clusters = independentSourceClusters(articles, await nearIdenticalArticles(db(), teamId, [articles.map((a) => a.id)]));
  const hints = contradictingPairs(group.claims).map(({ a, b, contradictions }) => ({ claimId: a.id, otherClaimId: b.id, contradictions }));

  const relations = await db().groupRelation.findMany({ where: { teamId, OR: [{ fromGroupId: groupId }, { toGroupId: groupId }] } });
  const relatedIds = relations.map((r) => (r.fromGroupId === groupId ? r.toGroupId : r.fromGroupId));
  const relatedClaims = await db().claim.findMany({
    where: { teamId, groupId: { in: relatedIds }, deletedAt: null },
    select: { id: true, text: true, groupId: true, article: { select: { id: true, title: true, outlet: true } } },
  });

  return {
    id: group.id,
    status: group.status,
    version: group.version,
    rationale: group.rationale,
    decidedAt: group.decidedAt,
    statements: group.claims.map(({ features: _features, article: { text, ...article }, ...claim }) => ({
      ...claim,
      article,
      before: text.slice(Math.max(0, claim.start - CONTEXT_CHARS), claim.start),
      source: text.slice(claim.start, claim.end),
      after: text.slice(claim.end, claim.end + CONTEXT_CHARS),
    })),
    sourceCount: articles.length,
    independentSourceCount: clusters.length,
    copyClusters: clusters.filter((cluster) => cluster.length > 1),
    contradictionHints: hints,
    contradictingGroups: relations.map((relation) => {
      const otherGroupId = relation.fromGroupId === groupId ? relation.toGroupId : relation.fromGroupId;
      return { groupId: otherGroupId, details: relation.details, claims: relatedClaims.filter((c) => c.groupId === otherGroupId) };
    }),
  };
}

export type MatrixOptions = { minSources: number; query?: string; limit: number };

/**
 * Claims × sources: rows are propositions (groups) stated by at least `minSources`
 * articles, columns the team's articles; a cell is stated, contradicted or absent.
 */
export async function getClaimMatrix(teamId: string, options: MatrixOptions) {
  const like = options.query ? `%${options.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await db().$queryRaw<Array<{ groupId: string; articleIds: string[]; text: string; status: string }>>`
    SELECT c."groupId", array_agg(DISTINCT c."articleId") AS "articleIds", min(c.text) AS text, g.status::text AS status
    FROM "Claim" c JOIN "ClaimGroup" g ON g.id = c."groupId" AND g."teamId" = ${teamId}
    WHERE c."teamId" = ${teamId} AND c."deletedAt" IS NULL
    GROUP BY c."groupId", g.status
    HAVING count(DISTINCT c."articleId") >= ${options.minSources}
      AND (${like}::text IS NULL OR bool_or(unaccent(c.text) ILIKE unaccent(${like}::text)))
    ORDER BY count(DISTINCT c."articleId") DESC, min(c.text)
    LIMIT ${options.limit}`;
  const groupIds = rows.map((row) => row.groupId);
  const relations = await db().groupRelation.findMany({
    where: { teamId, kind: "contradicts", OR: [{ fromGroupId: { in: groupIds } }, { toGroupId: { in: groupIds } }] },
  });
  const related = await db().claim.findMany({
    where: { teamId, deletedAt: null, groupId: { in: relations.flatMap((r) => [r.fromGroupId, r.toGroupId]) } },
    select: { groupId: true, articleId: true },
  });
  const articles = await db().article.findMany({
    where: { teamId },
    orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: { id: true, title: true, outlet: true, publishedAt: true },
  });
  return {
    articles,
    rows: rows.map((row) => {
      const stated = new Set(row.articleIds);
      const opposing = relations.flatMap((r) => (r.fromGroupId === row.groupId ? [r.toGroupId] : r.toGroupId === row.groupId ? [r.fromGroupId] : []));
      const contradicted = new Set(related.filter((c) => opposing.includes(c.groupId)).map((c) => c.articleId));
      return {
        groupId: row.groupId,
        text: row.text,
        status: row.status,
        cells: articles.map((article) => (stated.has(article.id) ? "stated" : contradicted.has(article.id) ? "contradicted" : "absent")),
      };
    }),
  };
}
