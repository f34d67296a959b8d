"use server";
import { revalidatePath } from "next/cache";
import { teamAction } from "@/lib/actions/team-action";
import { assignClaim } from "@/lib/services/queue";
import { addEvidence, removeEvidence, setVerdict, type VerdictResult } from "@/lib/services/verdicts";
import { addEvidenceActionSchema, assignClaimActionSchema, removeEvidenceActionSchema, setVerdictActionSchema } from "@/lib/validation/verdict";

// Verdict actions of the review queue and the reader. A stale version comes back as
// { ok: false, code: "conflict", currentVersion, current, changedBy, changedAt }.

const refresh = () => {
  revalidatePath("/queue");
  revalidatePath("/dashboard");
  revalidatePath("/articles", "layout");
};

const summary = (result: VerdictResult) => ({ groupId: result.group.id, status: result.group.status, version: result.group.version });

export const setVerdictAction = teamAction({ role: "editor", schema: setVerdictActionSchema }, async ({ claimId, ...input }, { teamId, actor }) => {
  const result = await setVerdict(teamId, actor, claimId, input);
  refresh();
  return summary(result);
});

export const addEvidenceAction = teamAction({ role: "editor", schema: addEvidenceActionSchema }, async ({ claimId, evidence, ...expected }, { teamId, actor }) => {
  const result = await addEvidence(teamId, actor, claimId, expected, evidence);
  refresh();
  return summary(result);
});

export const removeEvidenceAction = teamAction({ role: "editor", schema: removeEvidenceActionSchema }, async ({ claimId, evidenceId, ...expected }, { teamId, actor }) => {
  const result = await removeEvidence(teamId, actor, claimId, expected, evidenceId);
  refresh();
  return summary(result);
});

export const assignClaimAction = teamAction({ role: "editor", schema: assignClaimActionSchema }, async ({ claimId, assigneeId }, { teamId, actor }) => {
  const result = await assignClaim(teamId, actor, claimId, assigneeId);
  revalidatePath("/queue");
  return result;
});
