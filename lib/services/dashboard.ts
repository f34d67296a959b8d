import "server-only";
import { db } from "@/lib/db";
import { progressSeries } from "@/lib/verdicts/progress";

export type StatusCounts = { corroborated: number; disputed: number; unverified: number };

type CountRow = { articleId: string; title: string; outlet: string | null; createdAt: Date; status: keyof StatusCounts; claims: number };

/** Live claims per article and verdict (each claim counts with its proposition's verdict). */
async function claimCounts(teamId: string) {
  return db().$queryRaw<CountRow[]>`
    SELECT a.id AS "articleId", a.title, a.outlet, a."createdAt", g.status::text AS status, count(*)::int AS claims
    FROM "Claim" c
    JOIN "ClaimGroup" g ON g.id = c."groupId" AND g."teamId" = ${teamId}
    JOIN "Article" a ON a.id = c."articleId" AND a."teamId" = ${teamId}
    WHERE c."teamId" = ${teamId} AND c."deletedAt" IS NULL
    GROUP BY a.id, g.status
    ORDER BY a."createdAt" DESC, a.id`;
}

const empty = (): StatusCounts => ({ corroborated: 0, disputed: 0, unverified: 0 });

/** Per article and per outlet: corroborated, disputed and unverified claims. */
export async function verdictCounts(teamId: string) {
  const rows = await claimCounts(teamId);
  const articles = new Map<string, { articleId: string; title: string; outlet: string | null } & StatusCounts>();
  const outlets = new Map<string, { outlet: string | null } & StatusCounts>();
  const total = empty();
  for (const row of rows) {
    const article = articles.get(row.articleId) ?? { articleId: row.articleId, title: row.title, outlet: row.outlet, ...empty() };
    article[row.status] += row.claims;
    articles.set(row.articleId, article);
    // Outlets are compared as the matching code does: trimmed, case-insensitive.
    const key = row.outlet?.trim().toLowerCase() ?? "";
    const outlet = outlets.get(key) ?? { outlet: row.outlet?.trim() || null, ...empty() };
    outlet[row.status] += row.claims;
    outlets.set(key, outlet);
    total[row.status] += row.claims;
  }
  const byTotal = (a: StatusCounts, b: StatusCounts) => b.corroborated + b.disputed + b.unverified - (a.corroborated + a.disputed + a.unverified);
  return { articles: [...articles.values()], outlets: [...outlets.values()].sort(byTotal), total };
}

/** Propositions corroborated and disputed at the end of each day, replayed from the audit trail. */
export async function verdictProgress(teamId: string, timeZone: string) {
  const events = await db().auditEvent.findMany({
    where: { teamId, entityType: "claim_group", action: { in: ["verdict", "link-same"] } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { at: true, action: true, entityId: true, before: true, after: true },
  });
  return progressSeries(events, { until: new Date(), timeZone });
}
