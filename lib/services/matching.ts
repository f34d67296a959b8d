import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ANCHOR_KEYS_VERSION, anchorKeys, extractFeatures, type ClaimFeatures } from "@/lib/matching";
import { candidateQuery, rankCandidates, type CandidateQuery, type KeyStats } from "@/lib/matching/rank";

export const TOTAL_KEY = "#claims";
const CANDIDATE_LIMIT = 150;

/** The matching columns of a claim row, computed from its wording. */
export function matchingFields(text: string, language: string) {
  const features = extractFeatures(text, language);
  return {
    features: features as unknown as Prisma.InputJsonValue,
    anchorKeys: anchorKeys(features),
    anchorVersion: ANCHOR_KEYS_VERSION,
  };
}

/**
 * Adds new claims' keys to the team's key statistics. Keys are sorted so concurrent
 * imports lock the shared rows in one order (no deadlock).
 */
export async function countClaimKeys(tx: Tx, teamId: string, keyLists: string[][], { newClaims = true } = {}) {
  const keys = keyLists.flatMap((keys) => [...new Set(keys)]);
  if (newClaims) keys.push(...Array<string>(keyLists.length).fill(TOTAL_KEY));
  if (keys.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ClaimKeyStat" ("teamId", "key", "claims")
    SELECT ${teamId}, k, count(*)::int FROM unnest(${keys}::text[]) AS k GROUP BY k ORDER BY k
    ON CONFLICT ("teamId", "key") DO UPDATE SET "claims" = "ClaimKeyStat"."claims" + EXCLUDED."claims"`;
}

async function keyStats(teamId: string, keys: string[]): Promise<KeyStats> {
  const rows = await db().claimKeyStat.findMany({ where: { teamId, key: { in: [...keys, TOTAL_KEY] } } });
  const df = new Map(rows.map((row) => [row.key, row.claims]));
  const total = df.get(TOTAL_KEY) ?? 0;
  df.delete(TOTAL_KEY);
  return { total, df };
}

type SourceClaim = { id: string; articleId: string; groupId: string };

/**
 * Candidate ids through the GIN index on the team's anchor keys (teamAnchorKeys,
 * "<teamId>|<key>"): rare keys (&&) or pairs of common ones (@>), never the claim's own
 * article or group, never a rejected pair; the most shared query keys first. The index
 * scan is its own step (MATERIALIZED): otherwise PostgreSQL may AND it with a bitmap of
 * every claim of the team, a cost that grows with the team.
 */
function candidateIdsSql(teamId: string, claim: SourceClaim, { anyOf, pairs }: CandidateQuery) {
  const queryKeys = [...new Set([...anyOf, ...pairs.flat()])];
  const own = (keys: readonly string[]) => keys.map((key) => `${teamId}|${key}`);
  const reach = Prisma.join(
    [Prisma.sql`c."teamAnchorKeys" && ${own(anyOf)}::text[]`, ...pairs.map((pair) => Prisma.sql`c."teamAnchorKeys" @> ${own(pair)}::text[]`)],
    " OR ",
  );
  return Prisma.sql`
    WITH reached AS MATERIALIZED (
      SELECT c.id, c."teamId", c."deletedAt", c."articleId", c."groupId", c."anchorKeys" FROM "Claim" c WHERE ${reach}
    )
    SELECT c.id FROM reached c
    WHERE c."teamId" = ${teamId} AND c."deletedAt" IS NULL
      AND c."articleId" <> ${claim.articleId} AND c."groupId" <> ${claim.groupId}
      -- The claim's decided pairs, read once (an init plan), not probed per reached row.
      AND c.id <> ALL(ARRAY(SELECT d."otherClaimId" FROM "MatchDecision" d WHERE d."teamId" = ${teamId} AND d."claimId" = ${claim.id}))
    ORDER BY (SELECT count(*) FROM unnest(c."anchorKeys") k WHERE k = ANY(${queryKeys}::text[])) DESC, c.id
    LIMIT ${CANDIDATE_LIMIT}`;
}

/** EXPLAIN (ANALYZE, BUFFERS) of the candidate query of one claim: benchmarks and plan tests. */
export async function explainCandidateQuery(teamId: string, claimId: string): Promise<string> {
  const claim = await db().claim.findFirst({ where: { id: claimId, teamId }, select: { id: true, articleId: true, groupId: true, anchorKeys: true } });
  if (!claim) throw new NotFoundError();
  const query = candidateQuery(claim.anchorKeys, await keyStats(teamId, claim.anchorKeys));
  const rows = await db().$queryRaw<Array<{ "QUERY PLAN": string }>>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${candidateIdsSql(teamId, claim, query)}`);
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

type CandidateSql = {
  id: string;
  features: ClaimFeatures | null;
  trigram: number;
  text: string;
  start: number;
  end: number;
  groupId: string;
  articleId: string;
};

/**
 * Ranked claims of the team's other articles that may state the same thing: rare
 * anchor keys pick a few hundred candidates through the GIN index, then scoring
 * (IDF-weighted anchors + trigram similarity) orders them. Rejected pairs and claims
 * already in the same group are left out.
 */
export async function findMatches(teamId: string, claimId: string, limit = 10) {
  const claim = await db().claim.findFirst({
    where: { id: claimId, teamId },
    select: { id: true, text: true, articleId: true, groupId: true, anchorKeys: true, features: true, language: true },
  });
  if (!claim) throw new NotFoundError();
  const features = (claim.features as ClaimFeatures | null) ?? extractFeatures(claim.text, claim.language);
  const keys = claim.anchorKeys.length > 0 ? claim.anchorKeys : anchorKeys(features);
  if (keys.length === 0) return [];
  const stats = await keyStats(teamId, keys);
  const ids = await db().$queryRaw<Array<{ id: string }>>(candidateIdsSql(teamId, claim, candidateQuery(keys, stats)));
  // Features and similarity only for the few kept (ids came from the index alone).
  const candidates = await db().$queryRaw<CandidateSql[]>`
    SELECT c.id, c.features, similarity(c.text, ${claim.text})::float AS trigram, c.text, c.start, c."end", c."groupId", c."articleId"
    FROM "Claim" c WHERE c."teamId" = ${teamId} AND c.id = ANY(${ids.map((row) => row.id)}::text[])`;
  const ranked = rankCandidates(
    features,
    candidates.filter((row): row is CandidateSql & { features: ClaimFeatures } => row.features !== null),
    stats,
    limit,
  );
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const articles = await db().article.findMany({
    where: { teamId, id: { in: [...new Set(ranked.map((match) => byId.get(match.id)!.articleId))] } },
    select: { id: true, title: true, outlet: true, publishedAt: true, language: true },
  });
  const articleById = new Map(articles.map((article) => [article.id, article]));
  return ranked.flatMap((match) => {
    const { text, start, end, groupId, articleId } = byId.get(match.id)!;
    const article = articleById.get(articleId);
    return article ? [{ ...match, claim: { id: match.id, text, start, end, groupId, article } }] : [];
  });
}

/**
 * Recomputes the matching columns of claims indexed by older extraction rules (or
 * never), then rebuilds the key statistics of the teams touched. Idempotent; run at
 * start-up and after upgrading the gazetteer/lexicon (ANCHOR_KEYS_VERSION).
 */
export async function reindexStaleClaims(batchSize = 500) {
  const teams = new Set<string>();
  let updated = 0;
  for (;;) {
    const stale = await db().claim.findMany({
      where: { anchorVersion: { lt: ANCHOR_KEYS_VERSION } },
      select: { id: true, teamId: true, text: true, language: true },
      take: batchSize,
    });
    if (stale.length === 0) break;
    await db().$transaction(async (tx) => {
      for (const claim of stale) {
        await tx.claim.update({ where: { id: claim.id, teamId: claim.teamId }, data: matchingFields(claim.text, claim.language) });
        teams.add(claim.teamId);
      }
    });
    updated += stale.length;
  }
  for (const teamId of teams) await rebuildClaimKeyStats(teamId);
  return { updated, teams: teams.size };
}

/** Recounts a team's key statistics from its claims (after bulk loads and re-indexing). */
export async function rebuildClaimKeyStats(teamId: string) {
  await db().$transaction(async (tx) => {
    await tx.claimKeyStat.deleteMany({ where: { teamId } });
    await tx.$executeRaw`
      INSERT INTO "ClaimKeyStat" ("teamId", "key", "claims")
      SELECT ${teamId}, k, count(*)::int FROM "Claim" c, unnest(c."anchorKeys") AS k WHERE c."teamId" = ${teamId} GROUP BY k
      UNION ALL SELECT ${teamId}, ${TOTAL_KEY}, count(*)::int FROM "Claim" WHERE "teamId" = ${teamId}`;
  }, { timeout: 120_000 });
}
