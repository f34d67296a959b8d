import { describe, expect, it } from "vitest";
import { hasSupport, verdictRuleViolation } from "./rules";
import { suggestVerdict } from "./suggest";

const facts = { rationale: null, supportingEvidence: 0, independentSources: 1 };

describe("verdictRuleViolation", () => {
  it("refuses corroborated without supporting evidence or two independent sources", () => {
    expect(verdictRuleViolation({ ...facts, status: "corroborated" })).toEqual({
      rule: "corroborated-needs-support",
      message: "verdicts.errors.corroboratedNeedsSupport",
    });
  });

  it("accepts corroborated with one supporting item, or with two independent sources", () => {
    expect(verdictRuleViolation({ ...facts, status: "corroborated", supportingEvidence: 1 })).toBeNull();
    expect(verdictRuleViolation({ ...facts, status: "corroborated", independentSources: 2 })).toBeNull();
    expect(hasSupport({ supportingEvidence: 0, independentSources: 2 })).toBe(true);
    expect(hasSupport({ supportingEvidence: 0, independentSources: 1 })).toBe(false);
  });

  it("refuses disputed without a rationale, blanks included", () => {
    expect(verdictRuleViolation({ ...facts, status: "disputed" })?.rule).toBe("disputed-needs-rationale");
    expect(verdictRuleViolation({ ...facts, status: "disputed", rationale: "   " })?.rule).toBe("disputed-needs-rationale");
    expect(verdictRuleViolation({ ...facts, status: "disputed", rationale: "Prefecture says 45." })).toBeNull();
  });

  it("always lets a verdict go back to unverified", () => {
    expect(verdictRuleViolation({ ...facts, status: "unverified" })).toBeNull();
  });
});

describe("suggestVerdict", () => {
  const none = { status: "unverified" as const, independentSources: 1, contradictionHints: 0, contradictingGroups: 0, supportingEvidence: 0, refutingEvidence: 0 };

  it("suggests corroborated when independent outlets agree and nothing contradicts", () => {
    expect(suggestVerdict({ ...none, independentSources: 3 })).toEqual({ status: "corroborated", reason: "independentSources", count: 3 });
  });

  it("does not suggest corroborated when the statements disagree on a value", () => {
    expect(suggestVerdict({ ...none, independentSources: 3, contradictionHints: 1 })).toBeNull();
  });

  it("suggests disputed from refuting evidence, or from a contradicting proposition", () => {
    expect(suggestVerdict({ ...none, refutingEvidence: 2 })).toEqual({ status: "disputed", reason: "refutingEvidence", count: 2 });
    expect(suggestVerdict({ ...none, contradictingGroups: 1 })).toEqual({ status: "disputed", reason: "contradicted", count: 1 });
    expect(suggestVerdict({ ...none, refutingEvidence: 1, supportingEvidence: 1 })).toBeNull();
  });

  it("never suggests the status the claim already has, nor anything from a single source", () => {
    expect(suggestVerdict({ ...none, status: "corroborated", independentSources: 3 })).toBeNull();
    expect(suggestVerdict(none)).toBeNull();
  });
});
