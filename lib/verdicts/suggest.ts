// Suggested verdicts from cross-referencing. They are shown next to the verdict control
// with their reason; applying one is always an editor's explicit action.
import { INDEPENDENT_SOURCES_TO_CORROBORATE, type VerdictStatus } from "./rules";

export type SuggestionFacts = {
  status: VerdictStatus;
  independentSources: number;
  /** Differing values between statements of the group (lib/matching contradictions). */
  contradictionHints: number;
  /** Propositions linked as contradicting this one. */
  contradictingGroups: number;
  supportingEvidence: number;
  refutingEvidence: number;
};

export type SuggestionReason = "independentSources" | "refutingEvidence" | "contradicted";

export type Suggestion = { status: VerdictStatus; reason: SuggestionReason; count: number };

/**
 * Suggests a verdict only when the signals point one way: independent sources without any
 * contradiction or refutation → corroborated; refuting evidence or a contradicting
 * proposition, with nothing supporting it → disputed. Never suggests the current status.
 */
export function suggestVerdict(facts: SuggestionFacts): Suggestion | null {
  const contradicted = facts.contradictionHints + facts.contradictingGroups;
  let suggestion: Suggestion | null = null;
  if (facts.refutingEvidence > 0 && facts.supportingEvidence === 0) {
    suggestion = { status: "disputed", reason: "refutingEvidence", count: facts.refutingEvidence };
  } else if (facts.contradictingGroups > 0 && facts.supportingEvidence === 0 && facts.independentSources < INDEPENDENT_SOURCES_TO_CORROBORATE) {
    suggestion = { status: "disputed", reason: "contradicted", count: facts.contradictingGroups };
  } else if (facts.independentSources >= INDEPENDENT_SOURCES_TO_CORROBORATE && contradicted === 0 && facts.refutingEvidence === 0) {
    suggestion = { status: "corroborated", reason: "independentSources", count: facts.independentSources };
  }
  return suggestion && suggestion.status !== facts.status ? suggestion : null;
}
