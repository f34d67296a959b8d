import type { ActionResult } from "@/lib/actions/result";
import type { EvidenceKind, EvidenceStance, VerdictStatus } from "@/lib/verdicts/rules";

export type { EvidenceView, VerdictView } from "@/lib/verdicts/view";
export type { VerdictStatus };

type Act<I, O> = (input: I) => Promise<ActionResult<O>>;

export type VerdictSummary = { groupId: string; status: VerdictStatus; version: number };
export type EvidenceInput = { kind: EvidenceKind; stance: EvidenceStance; url?: string; title?: string; outlet?: string; note?: string; linkedClaimId?: string };
type Expected = { claimId: string; groupId?: string; version: number };

/** The server actions of app/(app)/queue/actions.ts, passed down by the pages. */
export type VerdictActions = {
  setVerdict: Act<Expected & { status: VerdictStatus; rationale?: string | null; evidence?: EvidenceInput[] }, VerdictSummary>;
  addEvidence: Act<Expected & { evidence: EvidenceInput }, VerdictSummary>;
  removeEvidence: Act<Expected & { evidenceId: string }, VerdictSummary>;
};

/** What the keyboard (or a button) opened under a claim. */
export type VerdictEditing = { kind: "verdict"; status: VerdictStatus; rationale?: string } | { kind: "evidence" } | null;

/** The 409 body of a stale write: the verdict as it is now, and who changed it when. */
export type ConflictInfo = {
  currentVersion: number;
  groupId: string;
  current: { status: VerdictStatus; rationale: string | null };
  changedBy: string | null;
  changedAt: string | null;
};

export function conflictOf(result: ActionResult<unknown>): ConflictInfo | null {
  if (result.ok || result.code !== "conflict" || typeof result.currentVersion !== "number") return null;
  const current = result.current as ConflictInfo["current"] | undefined;
  return {
    currentVersion: result.currentVersion,
    groupId: String(result.groupId ?? ""),
    current: { status: current?.status ?? "unverified", rationale: current?.rationale ?? null },
    changedBy: typeof result.changedBy === "string" ? result.changedBy : null,
    changedAt: typeof result.changedAt === "string" ? result.changedAt : null,
  };
}
