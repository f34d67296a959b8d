import { describe, expect, it } from "vitest";
import { anchorKeys, extractFeatures } from "./anchors";
import { candidateQuery, idfKeyWeight, rankCandidates } from "./rank";

const fr = (text: string) => extractFeatures(text, "fr");
const en = (text: string) => extractFeatures(text, "en");

describe("candidateQuery", () => {
  it("queries rare keys directly and common keys only in pairs", () => {
    const stats = { total: 10_000, df: new Map([["e:putin", 6000], ["e:north-korea", 5000], ["n:24:year", 40], ["c:first", 900]]) };
    const query = candidateQuery(["e:putin", "e:north-korea", "n:24:year", "c:first"], stats, { budget: 1000 });
    expect(query.anyOf).toEqual(["n:24:year", "c:first"]);
    expect(query.pairs).toEqual([["e:north-korea", "e:putin"]]);
  });

  it("pairs the rarest keys first when every key is common", () => {
    const stats = { total: 1000, df: new Map([["a", 900], ["b", 800], ["c", 700], ["d", 950]]) };
    const query = candidateQuery(["a", "b", "c", "d"], stats, { budget: 100 });
    expect(query.anyOf).toEqual([]);
    expect(query.pairs[0]).toEqual(["c", "b"]);
  });
});

describe("idfKeyWeight", () => {
  it("weighs rare keys above common ones, unknown keys at 1", () => {
    const weight = idfKeyWeight({ total: 10_000, df: new Map([["rare", 5], ["common", 5000]]) });
    expect(weight("rare")).toBeGreaterThan(weight("common"));
    expect(weight("unknown")).toBe(1);
  });
});

describe("rankCandidates", () => {
  it("ranks the cross-language restatement first and drops the unrelated sentence", () => {
    const source = fr("Poutine s'est rendu en Corée du Nord pour la première fois en 24 ans.");
    const candidates = [
      { id: "football", features: en("Tuzas and Chivas open the tournament with wins."), trigram: 0.05 },
      { id: "delegation", features: en("Putin travels with Andrei Belousov and Sergei Lavrov."), trigram: 0.1 },
      { id: "same", features: en("Putin visited North Korea for the first time in 24 years."), trigram: 0.1 },
    ];
    const keys = new Set([...anchorKeys(source), ...candidates.flatMap((c) => anchorKeys(c.features))]);
    const stats = { total: 100, df: new Map([...keys].map((key) => [key, 3])) };
    const ranked = rankCandidates(source, candidates, stats, 10);
    expect(ranked[0]!.id).toBe("same");
    expect(ranked.map((match) => match.id)).not.toContain("football");
    expect(ranked[0]!.reasons.map((reason) => reason.key)).toEqual(expect.arrayContaining(["e:putin", "e:north-korea", "n:24:year"]));
  });

  it("reports differing values side by side", () => {
    const ranked = rankCandidates(
      fr("Poutine se rend en Corée du Nord pour sa première visite en 24 ans."),
      [{ id: "twenty", features: fr("Poutine effectue sa première visite en Corée du Nord en vingt ans."), trigram: 0.4 }],
      { total: 100, df: new Map() },
      5,
    );
    expect(ranked[0]!.contradictions).toEqual([expect.objectContaining({ kind: "number", a: "24 ans", b: "vingt ans" })]);
  });
});
