import { describe, expect, it } from "vitest";
import { progressSeries, type ProgressEvent } from "./progress";

const verdict = (at: string, group: string, status: string): ProgressEvent => ({
  at: new Date(at), action: "verdict", entityId: group, before: null, after: { status },
});

describe("progressSeries", () => {
  it("counts propositions by their latest status at the end of each day, from zero, gaps filled", () => {
    const series = progressSeries(
      [
        verdict("2026-11-01T09:00:00Z", "g1", "corroborated"),
        verdict("2026-11-01T10:00:00Z", "g2", "disputed"),
        verdict("2026-11-03T08:00:00Z", "g2", "corroborated"),
        verdict("2026-11-03T09:00:00Z", "g3", "unverified"),
      ],
      { until: new Date("2026-11-04T12:00:00Z") },
    );
    expect(series).toEqual([
      { day: "2026-10-31", corroborated: 0, disputed: 0 },
      { day: "2026-11-01", corroborated: 1, disputed: 1 },
      { day: "2026-11-02", corroborated: 1, disputed: 1 },
      { day: "2026-11-03", corroborated: 2, disputed: 0 },
      { day: "2026-11-04", corroborated: 2, disputed: 0 },
    ]);
  });

  it("stops counting a proposition once it is merged into another", () => {
    const series = progressSeries(
      [
        verdict("2026-11-01T09:00:00Z", "g1", "corroborated"),
        verdict("2026-11-01T09:30:00Z", "g2", "corroborated"),
        { at: new Date("2026-11-02T09:00:00Z"), action: "link-same", entityId: "g1", before: { groups: ["g1", "g2"] }, after: { group: "g1" } },
      ],
      { until: new Date("2026-11-02T10:00:00Z") },
    );
    expect(series.map((p) => p.corroborated)).toEqual([0, 2, 1]);
  });

  it("buckets by the desk's calendar day, not UTC's", () => {
    const series = progressSeries([verdict("2026-11-01T23:30:00Z", "g1", "disputed")], { until: new Date("2026-11-02T00:30:00Z"), timeZone: "Europe/Paris" });
    expect(series).toEqual([
      { day: "2026-11-01", corroborated: 0, disputed: 0 },
      { day: "2026-11-02", corroborated: 0, disputed: 1 },
    ]);
  });

  it("is empty before the first verdict", () => {
    expect(progressSeries([], { until: new Date() })).toEqual([]);
  });
});
