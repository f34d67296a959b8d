import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { contradictingPairs } from "@/lib/matching";
import { independentSourceClusters } from "@/lib/matching/independence";
import { recordAudit, type Actor } from "@/lib/services/audit";
import { nearIdenticalArticles } from "@/lib/services/source-copies";
import type { EvidenceInput, SetVerdictInput } from "@/lib/validation/verdict";
import { verdictRuleViolation, type VerdictStatus } from "@/lib/verdicts/rules";
import { suggestVerdict } from "@/lib/verdicts/suggest";
import type { VerdictDetails } from "@/lib/verdicts/view";

// 50 editors may write the same verdict at once: each transaction waits its turn for a
// pooled connection instead of failing with "unable to start a transaction".
const TX_OPTIONS = { maxWait: 20_000, timeout: 20_000 };

type Db = Tx | ReturnType<typeof db>;
type Expected = { version: number; groupId?: string };

const GROUP_FIELDS = { id: true, status: true, rationale: true, version: true, decidedById: true, decidedAt: true } as const;

async function liveClaim(tx: Db, teamId: string, claimId: string) {
  const claim = await tx.claim.findFirst({ where: { id: claimId, teamId, deletedAt: null }, select: { id: true, groupId: true, group: { select: GROUP_FIELDS } } });
  if (!claim) throw new NotFoundError();
  return claim;
}

/** The latest change to each group, from the audit trail: who, when, what. */
async function lastGroupChanges(client: Db, teamId: string, groupIds: string[]) {
  if (groupIds.length === 0) return new Map<string, { by: string | null; byId: string | null; at: Date; action: string }>();
  const rows = await client.$queryRaw<Array<{ entityId: string; actorId: string | null; actorLabel: string | null; action: string; at: Date }>>`
    SELECT DISTINCT ON ("entityId") "entityId", "actorId", "actorLabel", action, at FROM "AuditEvent"
    WHERE "teamId" = ${teamId} AND "entityType" = 'claim_group' AND "entityId" = ANY(${groupIds}::text[])
    ORDER BY "entityId", at DESC, id DESC`;
  return new Map(rows.map((row) => [row.entityId, { by: row.actorLabel, byId: row.actorId, at: row.at, action: row.action }]));
}

/**
 * 409 for a write based on an old version: the body says the current version, verdict,
 * and who changed it when. Re-reads the claim, so a claim whose group was merged away
 * reports its new group; a claim deleted meanwhile is a 404.
 */
async function staleVersion(tx: Db, teamId: string, claimId: string): Promise<never> {
  const claim = await liveClaim(tx, teamId, claimId);
  const last = (await lastGroupChanges(tx, teamId, [claim.groupId])).get(claim.groupId);
  throw new ConflictError("verdicts.errors.stale", {
    currentVersion: claim.group.version,
    groupId: claim.group.id,
    current: { status: claim.group.status, rationale: claim.group.rationale, decidedAt: claim.group.decidedAt?.toISOString() ?? null },
    changedBy: last?.by ?? null,
    changedAt: last?.at.toISOString() ?? null,
  });
}

/**
 * The optimistic-concurrency gate: bumps the group's version only if it still is the one
 * the editor read. The WHERE clause is evaluated under the row lock, so of two concurrent
 * writers with the same version exactly one updates a row; the other gets count 0 → 409.
 */
async function bumpVersion(tx: Tx, teamId: string, claimId: string, groupId: string, expected: Expected, data: Prisma.ClaimGroupUpdateManyMutationInput) {
  const { count } = await tx.claimGroup.updateMany({ where: { id: groupId, teamId, version: expected.version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) await staleVersion(tx, teamId, claimId);
}

/**
 * The claim's group before the write, for the audit's "before". No version check here on
 * purpose: the guarded UPDATE is the one gate (whenever it matches, this read saw that
 * very version, since versions only grow), so every database runs the same path.
 */
async function readGroup(tx: Tx, teamId: string, claimId: string, expected: Expected) {
  const claim = await liveClaim(tx, teamId, claimId);
  // The claim moved to another proposition (linked or unlinked) since the editor read it.
  if (expected.groupId && expected.groupId !== claim.groupId) await staleVersion(tx, teamId, claimId);
  return claim.group;
}

/** Evidence citing another claim must cite a live claim of the same team. */
async function assertLinkedClaims(tx: Tx, teamId: string, evidence: EvidenceInput[]) {
  const ids = [...new Set(evidence.flatMap((item) => (item.linkedClaimId ? [item.linkedClaimId] : [])))];
  if (ids.length === 0) return;
  const found = await tx.claim.count({ where: { teamId, id: { in: ids }, deletedAt: null } });
  if (found !== ids.length) throw new RuleViolationError("verdicts.errors.linkedClaimUnknown", "evidence-claim-in-team");
}

const evidenceRows = (teamId: string, groupId: string, actor: Actor, evidence: EvidenceInput[]) =>
  evidence.map((item) => ({ teamId, groupId, createdById: actor.userId, kind: item.kind, stance: item.stance, url: item.url, title: item.title, outlet: item.outlet, note: item.note, linkedClaimId: item.linkedClaimId }));

type EvidenceLike = { kind: string; stance: string; url?: string | null; title?: string | null; outlet?: string | null; note?: string | null; linkedClaimId?: string | null };

/** What the history keeps of an evidence item (notes shortened: the row holds the full text). */
const evidenceAudit = (item: EvidenceLike) =>
  Object.fromEntries(Object.entries({ kind: item.kind, stance: item.stance, url: item.url, title: item.title, outlet: item.outlet, note: item.note?.slice(0, 300), linkedClaimId: item.linkedClaimId }).filter(([, v]) => v != null));

/** Per group: sources stating it, independent ones (lib/matching/independence), differing values. */
async function sourceFacts(client: Db, teamId: string, groupIds: string[]) {
  const claims = await client.claim.findMany({
    where: { teamId, groupId: { in: groupIds }, deletedAt: null },
    select: { groupId: true, features: true, article: { select: { id: true, outlet: true } } },
  });
  const articleSets = new Map<string, string[]>();
  for (const claim of claims) articleSets.set(claim.groupId, [...(articleSets.get(claim.groupId) ?? []), claim.article.id]);
  const copies = await nearIdenticalArticles(client, teamId, articleSets.values());
  const facts = new Map<string, { sources: number; independent: number; contradictionHints: number }>();
  for (const groupId of groupIds) {
    const own = claims.filter((claim) => claim.groupId === groupId);
    const articles = [...new Map(own.map((claim) => [claim.article.id, claim.article])).values()];
    facts.set(groupId, { sources: articles.length, independent: independentSourceClusters(articles, copies).length, contradictionHints: contradictingPairs(own).length });
  }
  return facts;
}

async function supportingEvidence(tx: Tx, teamId: string, groupId: string) {
  return tx.evidence.count({ where: { teamId, groupId, stance: "supports" } });
}

/** Refuses (422, nothing written) a verdict that breaks a rule of lib/verdicts/rules. */
async function assertRules(tx: Tx, teamId: string, groupId: string, status: VerdictStatus, rationale: string | null, supporting: number) {
  const independent = status === "corroborated" && supporting === 0 ? (await sourceFacts(tx, teamId, [groupId])).get(groupId)!.independent : 0;
  const violation = verdictRuleViolation({ status, rationale, supportingEvidence: supporting, independentSources: independent });
  if (violation) throw new RuleViolationError(violation.message, violation.rule);
}

async function verdictResult(tx: Tx, teamId: string, claimId: string, groupId: string) {
  const group = await tx.claimGroup.findFirstOrThrow({ where: { id: groupId, teamId }, select: GROUP_FIELDS });
  const evidence = await tx.evidence.findMany({ where: { teamId, groupId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return { claimId, group, evidence };
}
export type VerdictResult = Awaited<ReturnType<typeof verdictResult>>;

type GroupRow = Awaited<ReturnType<typeof readGroup>>;

/**
 * Every write to a verdict, in one transaction: the claim's group is read, its version
 * moved on from the one the editor read (an older one is a 409, never a silent
 * overwrite), then `body` runs under the row lock that UPDATE took, so its checks see a
 * group nobody else can change meanwhile; a violation rolls the whole write back.
 */
async function writeGroup(
  teamId: string, claimId: string, expected: Expected, data: Prisma.ClaimGroupUpdateManyMutationInput,
  body: (tx: Tx, group: GroupRow) => Promise<void>,
): Promise<VerdictResult> {
  return db().$transaction(async (tx) => {
    const group = await readGroup(tx, teamId, claimId, expected);
    await bumpVersion(tx, teamId, claimId, group.id, expected, data);
    await body(tx, group);
    return verdictResult(tx, teamId, claimId, group.id);
  }, TX_OPTIONS);
}

/**
 * Sets the verdict of a claim's group (all claims of a group share it) and adds the
 * evidence sent with it, with its audit event.
 */
export async function setVerdict(teamId: string, actor: Actor, claimId: string, input: SetVerdictInput): Promise<VerdictResult> {
  const decided = input.status !== "unverified";
  const data = { status: input.status, rationale: input.rationale, decidedById: decided ? actor.userId : null, decidedAt: decided ? new Date() : null };
  return writeGroup(teamId, claimId, input, data, async (tx, group) => {
    await assertLinkedClaims(tx, teamId, input.evidence);
    const supporting = (await supportingEvidence(tx, teamId, group.id)) + input.evidence.filter((item) => item.stance === "supports").length;
    await assertRules(tx, teamId, group.id, input.status, input.rationale, supporting);
    if (input.evidence.length > 0) await tx.evidence.createMany({ data: evidenceRows(teamId, group.id, actor, input.evidence) });
    await recordAudit(tx, {
      teamId, actor, entityType: "claim_group", entityId: group.id, action: "verdict",
      before: { status: group.status, rationale: group.rationale },
      after: { status: input.status, rationale: input.rationale, version: input.version + 1, claimId, ...(input.evidence.length > 0 ? { evidence: input.evidence.map(evidenceAudit) } : {}) },
    });
  });
}

/** Adds one piece of evidence; the verdict stays, its version moves on (rules depend on evidence). */
export async function addEvidence(teamId: string, actor: Actor, claimId: string, expected: Expected, evidence: EvidenceInput) {
  return writeGroup(teamId, claimId, expected, {}, async (tx, group) => {
    await assertLinkedClaims(tx, teamId, [evidence]);
    await tx.evidence.createMany({ data: evidenceRows(teamId, group.id, actor, [evidence]) });
    await recordAudit(tx, { teamId, actor, entityType: "claim_group", entityId: group.id, action: "evidence-add", after: { evidence: [evidenceAudit(evidence)], version: expected.version + 1, claimId } });
  });
}

/** Removes a piece of evidence, unless the verdict rests on it (then 422: change the verdict first). */
export async function removeEvidence(teamId: string, actor: Actor, claimId: string, expected: Expected, evidenceId: string) {
  return writeGroup(teamId, claimId, expected, {}, async (tx, group) => {
    const item = await tx.evidence.findFirst({ where: { id: evidenceId, teamId, groupId: group.id } });
    if (!item) throw new NotFoundError();
    const supporting = (await supportingEvidence(tx, teamId, group.id)) - (item.stance === "supports" ? 1 : 0);
    await assertRules(tx, teamId, group.id, group.status, group.rationale, supporting);
    await tx.evidence.deleteMany({ where: { id: item.id, teamId } });
    await recordAudit(tx, { teamId, actor, entityType: "claim_group", entityId: group.id, action: "evidence-remove", before: { evidence: [evidenceAudit(item)] }, after: { version: expected.version + 1, claimId } });
  });
}

/**
 * Everything a reviewer sees about the verdicts of some groups: the verdict, its evidence
 * (with the cited claims), who decided, the last change, the sources and a suggestion.
 */
export async function getVerdictDetails(teamId: string, groupIds: string[]): Promise<Map<string, VerdictDetails>> {
  const ids = [...new Set(groupIds)];
  const client = db();
  const [groups, evidence, facts, relations, changes] = await Promise.all([
    client.claimGroup.findMany({ where: { teamId, id: { in: ids } }, select: GROUP_FIELDS }),
    client.evidence.findMany({ where: { teamId, groupId: { in: ids } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    sourceFacts(client, teamId, ids),
    client.groupRelation.findMany({ where: { teamId, kind: "contradicts", OR: [{ fromGroupId: { in: ids } }, { toGroupId: { in: ids } }] }, select: { fromGroupId: true, toGroupId: true } }),
    lastGroupChanges(client, teamId, ids),
  ]);
  const cited = evidence.flatMap((item) => (item.linkedClaimId ? [item.linkedClaimId] : []));
  const userIds = [...new Set([...groups.flatMap((g) => (g.decidedById ? [g.decidedById] : [])), ...evidence.flatMap((e) => (e.createdById ? [e.createdById] : []))])];
  const [claims, users] = await Promise.all([
    client.claim.findMany({ where: { teamId, id: { in: cited } }, select: { id: true, text: true, deletedAt: true, article: { select: { id: true, title: true, outlet: true } } } }),
    client.user.findMany({ where: { id: { in: userIds }, memberships: { some: { teamId } } }, select: { id: true, name: true } }),
  ]);
  const claimById = new Map(claims.map((claim) => [claim.id, claim]));
  const nameOf = (id: string | null) => (id ? (users.find((user) => user.id === id)?.name ?? null) : null);

  return new Map(groups.map((group) => {
    const own = evidence.filter((item) => item.groupId === group.id);
    const fact = facts.get(group.id) ?? { sources: 0, independent: 0, contradictionHints: 0 };
    const contradictingGroups = relations.filter((r) => r.fromGroupId === group.id || r.toGroupId === group.id).length;
    const supporting = own.filter((item) => item.stance === "supports").length;
    const refuting = own.filter((item) => item.stance === "refutes").length;
    return [group.id, {
      ...group,
      decidedBy: nameOf(group.decidedById),
      evidence: own.map((item) => ({ ...item, createdBy: nameOf(item.createdById), linkedClaim: item.linkedClaimId ? (claimById.get(item.linkedClaimId) ?? null) : null })),
      sourceCount: fact.sources,
      independentSourceCount: fact.independent,
      contradictionHints: fact.contradictionHints,
      contradictingGroups,
      suggestion: suggestVerdict({ status: group.status, independentSources: fact.independent, contradictionHints: fact.contradictionHints, contradictingGroups, supportingEvidence: supporting, refutingEvidence: refuting }),
      lastChange: changes.get(group.id) ?? null,
    }] as const;
  }));
}
/** One proposition's verdict details (GET /api/v1/claims/{id}, with the claim's groupId). */
export async function getGroupVerdict(teamId: string, groupId: string): Promise<VerdictDetails> {
  const details = (await getVerdictDetails(teamId, [groupId])).get(groupId);
  if (!details) throw new NotFoundError();
  return details;
}
