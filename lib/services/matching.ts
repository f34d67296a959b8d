import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ANCHOR_KEYS_VERSION, anchorKeys, extractFeatures, type ClaimFeatures } from "@/lib/matching";
import { candidateKeys, rankCandidates, type KeyStats } from "@/lib/matching/rank";

export const TOTAL_KEY = "#claims";
const CANDIDATE_LIMIT = 300;

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

type CandidateSql = { id: string; features: ClaimFeatures | null; trigram: number };

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
  const queryKeys = candidateKeys(keys, stats);
  const candidates = await db().$queryRaw<CandidateSql[]>`
    SELECT c.id, c.features, similarity(c.text, ${claim.text})::float AS trigram
    FROM "Claim" c
    WHERE c."teamId" = ${teamId} AND c."deletedAt" IS NULL
      AND c."articleId" <> ${claim.articleId} AND c."groupId" <> ${claim.groupId}
      AND c."anchorKeys" && ${queryKeys}::text[]
      AND NOT EXISTS (
        SELECT 1 FROM "MatchDecision" d
        WHERE d."teamId" = ${teamId} AND d."claimId" = ${claim.id} AND d."otherClaimId" = c.id)
    ORDER BY (SELECT count(*) FROM unnest(c."anchorKeys") k WHERE k = ANY(${queryKeys}::text[])) DESC, c.id
    LIMIT ${CANDIDATE_LIMIT}`;
  const ranked = rankCandidates(
    features,
    candidates.filter((row): row is CandidateSql & { features: ClaimFeatures } => row.features !== null),
    stats,
    limit,
  );
  const details = await db().claim.findMany({
    where: { teamId, id: { in: ranked.map((match) => match.id) } },
    select: {
      id: true, text: true, start: true, end: true, groupId: true,
      article: { select: { id: true, title: true, outlet: true, publishedAt: true, language: true } },
    },
  });
  const byId = new Map(details.map((detail) => [detail.id, detail]));
  return ranked.flatMap((match) => {
    const detail = byId.get(match.id);
    return detail ? [{ ...match, claim: detail }] : [];
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
  for (const teamId of teams) {
    await db().$transaction(async (tx) => {
      await tx.claimKeyStat.deleteMany({ where: { teamId } });
      await tx.$executeRaw`
        INSERT INTO "ClaimKeyStat" ("teamId", "key", "claims")
        SELECT ${teamId}, k, count(*)::int FROM "Claim" c, unnest(c."anchorKeys") AS k WHERE c."teamId" = ${teamId} GROUP BY k
        UNION ALL SELECT ${teamId}, ${TOTAL_KEY}, count(*)::int FROM "Claim" WHERE "teamId" = ${teamId}`;
    });
  }
  return { updated, teams: teams.size };
}
