import type { EvidenceKind, EvidenceStance, VerdictStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db";

// Verdict rows written straight to the database: the export tests must not depend on the
// verdict service's rules (e.g. "corroborated needs support"), only on what is stored.

export async function setVerdict(teamId: string, groupId: string, verdict: { status: VerdictStatus; rationale?: string | null; decidedById?: string | null; decidedAt?: Date | null }) {
  const decided = verdict.status !== "unverified";
  await db().claimGroup.update({
    where: { id: groupId, teamId },
    data: {
      status: verdict.status,
      rationale: verdict.rationale ?? null,
      decidedById: verdict.decidedById ?? null,
      decidedAt: verdict.decidedAt ?? (decided ? new Date() : null),
      version: { increment: 1 },
    },
  });
}

export async function addEvidence(
  teamId: string,
  groupId: string,
  evidence: { kind?: EvidenceKind; stance?: EvidenceStance; url?: string; title?: string; outlet?: string; note?: string; linkedClaimId?: string; createdAt?: Date },
) {
  return db().evidence.create({ data: { teamId, groupId, kind: evidence.kind ?? "link", stance: evidence.stance ?? "supports", ...evidence } });
}

export async function setPublicationBaseUrl(teamId: string, publicationBaseUrl: string | null) {
  await db().team.update({ where: { id: teamId }, data: { publicationBaseUrl } });
}

export async function addMember(teamId: string, userId: string, role: "owner" | "editor" | "viewer" = "editor") {
  await db().membership.create({ data: { teamId, userId, role } });
}

export async function assignClaim(teamId: string, claimId: string, assigneeId: string | null) {
  await db().claim.update({ where: { id: claimId, teamId }, data: { assigneeId } });
}

/** The team's live claims with their article, in a stable order (article title, position). */
export async function liveClaims(teamId: string) {
  return db().claim.findMany({
    where: { teamId, deletedAt: null },
    orderBy: [{ article: { title: "asc" } }, { start: "asc" }],
    include: { article: { select: { id: true, title: true, outlet: true, url: true, author: true, publishedAt: true, language: true, text: true } } },
  });
}
