import type { VerdictActions, VerdictView } from "./types";

export { VERDICT_SHORTCUTS, verdictKeyAction, type VerdictKey } from "@/lib/verdicts/keys";

/** Back to unverified: needs no rationale, so it is saved at once (the history keeps the old one). */
export function resetVerdict(actions: Pick<VerdictActions, "setVerdict">, claimId: string, verdict: VerdictView) {
  return actions.setVerdict({ claimId, groupId: verdict.groupId, version: verdict.version, status: "unverified", rationale: null });
}
