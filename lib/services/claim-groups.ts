import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { NotFoundError, RuleViolationError } from "@/lib/errors";
import { findContradictions, type ClaimFeatures } from "@/lib/matching";
import { recordAudit, type Actor } from "@/lib/services/audit";

export type LinkRelation = "same" | "contradicts";

async function liveClaim(tx: Tx, teamId: string, claimId: string) {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, teamId, deletedAt: null },
    select: { id: true, groupId: true, articleId: true, text: true, features: true, group: { select: { id: true, status: true, rationale: true, version: true } } },
  });
  if (!claim) throw new NotFoundError();
  return claim;
}

const contradictionsOf = (a: { features: unknown }, b: { features: unknown }) =>
  a.features && b.features ? findContradictions(a.features as ClaimFeatures, b.features as ClaimFeatures) : [];

/** Moves everything of group `from` into group `into`, then drops `from`. */
async function mergeGroups(tx: Tx, teamId: string, into: string, from: string) {
  await tx.claim.updateMany({ where: { teamId, groupId: from }, data: { groupId: into } });
  await tx.evidence.updateMany({ where: { teamId, groupId: from }, data: { groupId: into } });
  // Relations of the absorbed group now belong to the surviving one (duplicates dropped).
  const relations = await tx.groupRelation.findMany({ where: { teamId, OR: [{ fromGroupId: from }, { toGroupId: from }] } });
  await tx.groupRelation.deleteMany({ where: { teamId, id: { in: relations.map((r) => r.id) } } });
  const moved = relations
    .map((r) => ({ ...r, fromGroupId: r.fromGroupId === from ? into : r.fromGroupId, toGroupId: r.toGroupId === from ? into : r.toGroupId }))
    .filter((r) => r.fromGroupId !== r.toGroupId);
  if (moved.length > 0) {
    await tx.groupRelation.createMany({
      data: moved.map(({ id: _id, details, ...r }) => ({ ...r, details: details ?? undefined })),
      skipDuplicates: true,
    });
  }
  await tx.claimGroup.deleteMany({ where: { teamId, id: from } });
}

/**
 * "same": the two claims state one proposition → their groups merge (the verdict set on
 * either side survives; two different verdicts must be reconciled first).
 * "contradicts": the groups are linked as contradicting, with the differing values.
 */
export async function linkClaims(teamId: string, actor: Actor, claimId: string, otherClaimId: string, relation: LinkRelation) {
  if (claimId === otherClaimId) throw new RuleViolationError("errors.linkSelf", "link-other-claim");
  return db().$transaction(async (tx) => {
    const claim = await liveClaim(tx, teamId, claimId);
    const other = await liveClaim(tx, teamId, otherClaimId);
    if (relation === "contradicts") {
      if (claim.groupId === other.groupId) throw new RuleViolationError("errors.contradictsSameGroup", "contradicts-other-group");
      const details = { contradictions: contradictionsOf(claim, other), claimId, otherClaimId } as unknown as Prisma.InputJsonValue;
      await tx.groupRelation.upsert({
        where: { teamId_fromGroupId_toGroupId_kind: { teamId, fromGroupId: claim.groupId, toGroupId: other.groupId, kind: "contradicts" } },
        create: { teamId, fromGroupId: claim.groupId, toGroupId: other.groupId, kind: "contradicts", details, createdById: actor.userId },
        update: { details },
      });
      await recordAudit(tx, { teamId, actor, entityType: "claim_group", entityId: claim.groupId, action: "link-contradicts", after: { claimId, otherClaimId, otherGroupId: other.groupId } });
      return { groupId: claim.groupId, relation };
    }
    if (claim.groupId === other.groupId) return { groupId: claim.groupId, relation };
    const [mine, theirs] = [claim.group, other.group];
    if (mine.status !== "unverified" && theirs.status !== "unverified" && mine.status !== theirs.status) {
      throw new RuleViolationError("errors.groupsVerdictsDiffer", "reconcile-verdicts");
    }
    // Keep the group that carries a verdict, so linking never drops a decision.
    const [survivor, absorbed] = mine.status === "unverified" && theirs.status !== "unverified" ? [theirs, mine] : [mine, theirs];
    await mergeGroups(tx, teamId, survivor.id, absorbed.id);
    await tx.claimGroup.update({ where: { id: survivor.id, teamId }, data: { version: { increment: 1 } } });
    await recordAudit(tx, {
      teamId, actor, entityType: "claim_group", entityId: survivor.id, action: "link-same",
      before: { groups: [survivor.id, absorbed.id] }, after: { group: survivor.id, claimId, otherClaimId },
    });
    return { groupId: survivor.id, relation };
  });
}

/** Undoes a link: takes the other claim out of the shared group, or drops the relation. */
export async function unlinkClaims(teamId: string, actor: Actor, claimId: string, otherClaimId: string) {
  return db().$transaction(async (tx) => {
    const claim = await liveClaim(tx, teamId, claimId);
    const other = await liveClaim(tx, teamId, otherClaimId);
    if (claim.groupId === other.groupId) {
      const groupId = randomUUID();
      await tx.claimGroup.create({ data: { id: groupId, teamId } });
      await tx.claim.update({ where: { id: other.id, teamId }, data: { groupId } });
      await tx.claimGroup.update({ where: { id: claim.groupId, teamId }, data: { version: { increment: 1 } } });
      await recordAudit(tx, { teamId, actor, entityType: "claim_group", entityId: claim.groupId, action: "unlink-same", before: { group: claim.groupId }, after: { claimId: other.id, newGroupId: groupId } });
      return { groupId: claim.groupId, otherGroupId: groupId };
    }
    const { count } = await tx.groupRelation.deleteMany({
      where: { teamId, kind: "contradicts", OR: [{ fromGroupId: claim.groupId, toGroupId: other.groupId }, { fromGroupId: other.groupId, toGroupId: claim.groupId }] },
    });
    if (count === 0) throw new NotFoundError("errors.linkNotFound");
    await recordAudit(tx, { teamId, actor, entityType: "claim_group", entityId: claim.groupId, action: "unlink-contradicts", before: { otherGroupId: other.groupId } });
    return { groupId: claim.groupId, otherGroupId: other.groupId };
  });
}

/** A rejected candidate is remembered both ways and never proposed again. */
export async function rejectMatch(teamId: string, actor: Actor, claimId: string, otherClaimId: string) {
  if (claimId === otherClaimId) throw new RuleViolationError("errors.linkSelf", "link-other-claim");
  return db().$transaction(async (tx) => {
    await liveClaim(tx, teamId, claimId);
    await liveClaim(tx, teamId, otherClaimId);
    await tx.matchDecision.createMany({
      data: [
        { teamId, claimId, otherClaimId, createdById: actor.userId },
        { teamId, claimId: otherClaimId, otherClaimId: claimId, createdById: actor.userId },
      ],
      skipDuplicates: true,
    });
    await recordAudit(tx, { teamId, actor, entityType: "claim", entityId: claimId, action: "reject-match", after: { otherClaimId } });
    return { claimId, otherClaimId };
  });
}
