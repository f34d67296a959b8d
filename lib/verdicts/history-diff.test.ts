import { describe, expect, it } from "vitest";
import { describeAuditChange } from "./history-diff";

describe("describeAuditChange", () => {
  it("shows a verdict change and hides the version number", () => {
    expect(
      describeAuditChange({ status: "unverified", rationale: null }, { status: "disputed", rationale: "Prefecture: 45.", version: 3 }),
    ).toEqual([
      { field: "status", before: "unverified", after: "disputed" },
      { field: "rationale", before: null, after: "Prefecture: 45." },
    ]);
  });

  it("leaves out unchanged fields and bookkeeping (ids, offsets)", () => {
    expect(describeAuditChange({ start: 0, end: 12, text: "A" }, { start: 0, end: 14, text: "A" })).toEqual([]);
    expect(describeAuditChange(null, { claimId: "c1", otherClaimId: "c2" })).toEqual([]);
  });

  it("reads nested parts of a split or a merge", () => {
    expect(
      describeAuditChange({ start: 0, end: 20, text: "One, two." }, { first: { start: 0, end: 4, text: "One," }, second: { id: "x", start: 5, end: 9 } }),
    ).toEqual([
      { field: "text", before: "One, two.", after: null },
      { field: "first.text", before: null, after: "One," },
    ]);
  });

  it("summarises evidence lists by their titles and stances", () => {
    expect(
      describeAuditChange(null, { evidence: [{ kind: "link", url: "https://a.example", title: "Prefecture release", stance: "supports" }, { kind: "note", note: "Called the mayor", stance: "context" }] }),
    ).toEqual([{ field: "evidence", before: null, after: "Prefecture release (supports); Called the mayor (context)" }]);
  });

  it("shows deletion, restoration and boilerplate toggles as booleans", () => {
    expect(describeAuditChange({ deleted: false }, { deleted: true })).toEqual([{ field: "deleted", before: false, after: true }]);
    expect(describeAuditChange({ included: false }, { included: true, created: 2, deleted: 0 })).toEqual([
      { field: "included", before: false, after: true },
      { field: "created", before: null, after: 2 },
      { field: "deleted", before: null, after: 0 },
    ]);
  });
});
