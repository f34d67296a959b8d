// The verdict rules, pure so the service, the API and the forms agree on them.

export const VERDICT_STATUSES = ["unverified", "corroborated", "disputed"] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

export const EVIDENCE_KINDS = ["link", "claim", "note"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_STANCES = ["supports", "refutes", "context"] as const;
export type EvidenceStance = (typeof EVIDENCE_STANCES)[number];

/** Two sources that are independent of each other (other outlet, not a copy) corroborate on their own. */
export const INDEPENDENT_SOURCES_TO_CORROBORATE = 2;

export type VerdictRule = "corroborated-needs-support" | "disputed-needs-rationale";

export type VerdictFacts = {
  status: VerdictStatus;
  rationale: string | null | undefined;
  /** Evidence items with stance "supports", existing and added in the same write. */
  supportingEvidence: number;
  /** Independent sources stating the proposition (see lib/matching/independence). */
  independentSources: number;
};

export type RuleViolation = { rule: VerdictRule; message: string };

/** The rule a verdict breaks (message is an i18n key), or null when it may be saved. */
export function verdictRuleViolation(facts: VerdictFacts): RuleViolation | null {
  if (facts.status === "corroborated" && !hasSupport(facts)) {
    return { rule: "corroborated-needs-support", message: "verdicts.errors.corroboratedNeedsSupport" };
  }
  if (facts.status === "disputed" && !facts.rationale?.trim()) {
    return { rule: "disputed-needs-rationale", message: "verdicts.errors.disputedNeedsRationale" };
  }
  return null;
}

/** Whether the group may be marked corroborated without adding evidence first. */
export function hasSupport(facts: Pick<VerdictFacts, "supportingEvidence" | "independentSources">): boolean {
  return facts.supportingEvidence >= 1 || facts.independentSources >= INDEPENDENT_SOURCES_TO_CORROBORATE;
}

export function isVerdictStatus(value: unknown): value is VerdictStatus {
  return typeof value === "string" && (VERDICT_STATUSES as readonly string[]).includes(value);
}
