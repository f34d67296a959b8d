import { describe, expect, it } from "vitest";
import { exportFilename, filenameFromDisposition } from "./filename";
import { compareCodePoints, compareEvidence, compareSources } from "./order";
import { reportSections } from "./report";
import { row, source } from "./test-rows";

describe("export order", () => {
  it("compares strings by code point, like PostgreSQL's C collation", () => {
    expect(compareCodePoints("a", "b")).toBeLessThan(0);
    expect(compareCodePoints("é", "z")).toBeGreaterThan(0);
    // U+FF21 (fullwidth A) < U+1F600 (emoji), though its UTF-16 unit is larger than the surrogate's.
    expect("\uFF21" < "😀").toBe(false);
    expect(compareCodePoints("\uFF21", "😀")).toBeLessThan(0);
    expect(compareCodePoints("ab", "a")).toBeGreaterThan(0);
    expect(compareCodePoints("même", "même")).toBe(0);
  });

  it("puts sources oldest first and undated last, then by title, URL and position", () => {
    const undated = source({ claimId: "u", publishedAt: null });
    const old = source({ claimId: "o", publishedAt: new Date("2024-01-01T00:00:00Z") });
    const laterB = source({ claimId: "b", title: "B", publishedAt: new Date("2024-02-01T00:00:00Z") });
    const laterA = source({ claimId: "a", title: "A", publishedAt: new Date("2024-02-01T00:00:00Z") });
    const laterA2 = source({ claimId: "a2", title: "A", start: 99, publishedAt: new Date("2024-02-01T00:00:00Z") });
    expect([undated, laterB, laterA2, old, laterA].sort(compareSources).map((s) => s.claimId)).toEqual(["o", "a", "a2", "b", "u"]);
  });

  it("orders evidence by when it was added, then by content", () => {
    const at = new Date("2024-06-20T09:00:00Z");
    const base = row().evidence[0]!;
    const items = [
      { ...base, url: "https://b.example", addedAt: at },
      { ...base, url: "https://a.example", addedAt: at },
      { ...base, url: "https://c.example", addedAt: new Date("2024-06-19T09:00:00Z") },
    ];
    expect(items.sort(compareEvidence).map((e) => e.url)).toEqual(["https://c.example", "https://a.example", "https://b.example"]);
  });
});

describe("report sections", () => {
  it("groups statements article by article, oldest article first, in text order, with the other sources", () => {
    const a1 = source({ claimId: "a1", articleId: "A", title: "Article A", start: 50, publishedAt: new Date("2024-06-19T00:00:00Z") });
    const a0 = source({ claimId: "a0", articleId: "A", title: "Article A", start: 5, publishedAt: new Date("2024-06-19T00:00:00Z") });
    const b = source({ claimId: "b", articleId: "B", title: "Article B", publishedAt: new Date("2024-06-17T00:00:00Z") });
    const sections = reportSections([row({ groupId: "g1", sources: [b, a1] }), row({ groupId: "g2", sources: [a0] })]);
    expect(sections.map((s) => s.articleId)).toEqual(["B", "A"]);
    expect(sections[1]!.statements.map((s) => s.source.claimId)).toEqual(["a0", "a1"]);
    expect(sections[0]!.statements[0]!.elsewhere.map((s) => s.claimId)).toEqual(["a1"]);
    expect(sections[1]!.statements[0]!.elsewhere).toEqual([]);
  });
});

describe("export file names", () => {
  it("are ASCII: claimdesk, the team, the day, the format's extension", () => {
    const day = new Date("2026-11-23T22:00:00Z");
    expect(exportFilename("Rédaction « démo »", "csv", day)).toBe("claimdesk-redaction-demo-2026-11-23.csv");
    expect(exportFilename("Desk", "claimreview", day)).toBe("claimdesk-desk-2026-11-23.jsonld");
    expect(exportFilename("«»", "json", day)).toBe("claimdesk-2026-11-23.json");
    expect(filenameFromDisposition('attachment; filename="claimdesk-x.csv"')).toBe("claimdesk-x.csv");
    expect(filenameFromDisposition(null)).toBeNull();
  });
});
