import { describe, expect, it } from "vitest";
import { anchorKeys, extractFeatures } from "./anchors";
import { scoreMatch } from "./score";

const FR = extractFeatures("Poutine s'est rendu en Corée du Nord pour la première fois en 24 ans", "fr");
const EN = extractFeatures("Putin visited North Korea for the first time in 24 years", "en");
const FOOTBALL = extractFeatures("NEXT Liga MX Femenil : Tuzas et Chivas ouvrent le tournoi avec des victoires", "fr");
const PHILIPPINES = extractFeatures(
  "L'ancien président philippin Rodrigo Duterte a annoncé son intention de briguer le poste de maire dans sa ville natale.",
  "fr",
);

describe("scoreMatch", () => {
  it("scores the FR/EN translation pair high and explains why", () => {
    const { score, reasons } = scoreMatch(FR, EN);
    console.log(`FR/EN Putin pair: ${score}`);
    expect(score).toBeGreaterThan(0.5);
    const byKey = Object.fromEntries(reasons.map((r) => [r.key, r]));
    expect(byKey["e:putin"]).toMatchObject({ kind: "entity", a: "Poutine", b: "Putin", label: "Vladimir Putin" });
    expect(byKey["e:north-korea"]).toMatchObject({ a: "Corée du Nord", b: "North Korea" });
    expect(byKey["n:24:year"]).toMatchObject({ kind: "number", a: "24 ans", b: "24 years" });
    expect(byKey["c:visit"]).toMatchObject({ kind: "concept", a: "s'est rendu", b: "visited" });
    const r = byKey["e:putin"]!;
    expect("Poutine s'est rendu".slice(r.aSpan.start, r.aSpan.end)).toBe("Poutine");
    // Strongest evidence first.
    expect(reasons[0]!.weight).toBeGreaterThanOrEqual(reasons[reasons.length - 1]!.weight);
  });

  it("scores unrelated sentences low", () => {
    for (const other of [FOOTBALL, PHILIPPINES]) {
      const { score } = scoreMatch(FR, other);
      expect(score).toBeLessThan(0.15);
      expect(scoreMatch(EN, other).score).toBeLessThan(0.15);
    }
  });

  it("is symmetric and bounded", () => {
    expect(scoreMatch(FR, EN).score).toBe(scoreMatch(EN, FR).score);
    expect(scoreMatch(FR, FR).score).toBe(1);
    expect(scoreMatch(FR, extractFeatures("", "fr"))).toEqual({ score: 0, reasons: [] });
  });

  it("does not let a long sentence win by length", () => {
    const padded = extractFeatures(
      "Putin visited North Korea for the first time in 24 years, while Japan, China and the European Union discussed sanctions, oil prices, shipping lanes and a trade agreement in Brussels.",
      "en",
    );
    expect(scoreMatch(FR, padded).score).toBeLessThan(scoreMatch(FR, EN).score);
    expect(scoreMatch(FR, padded).score).toBeGreaterThan(0.3);
  });

  it("discounts matches that share only concepts or terms", () => {
    const a = extractFeatures("La guerre a renforcé les sanctions.", "fr");
    const b = extractFeatures("The war strengthened sanctions on oil.", "en");
    const { score, reasons } = scoreMatch(a, b);
    expect(reasons.map((r) => r.key).sort()).toEqual(["c:sanctions", "c:strengthen", "c:war"]);
    expect(score).toBeLessThanOrEqual(0.5);
  });

  it("gives partial credit for a quantity of the same unit with another value", () => {
    const twenty = extractFeatures("Putin visited North Korea for the first time in 20 years", "en");
    const noNumber = extractFeatures("Putin visited North Korea for the first time", "en");
    const partial = scoreMatch(EN, twenty);
    expect(partial.reasons.map((r) => r.key)).toContain("ns:year");
    expect(partial.score).toBeLessThan(scoreMatch(EN, EN).score);
    expect(scoreMatch(FR, noNumber).reasons.map((r) => r.key)).not.toContain("ns:year");
  });

  it("lets the caller weight keys by rarity", () => {
    const other = extractFeatures("Putin visited Vietnam for the first time in 24 years", "en");
    const rareCountry = (key: string) => (key === "e:putin" || key === "c:visit" ? 0.2 : key.startsWith("e:") ? 3 : 1);
    const plain = scoreMatch(EN, other).score;
    const weighted = scoreMatch(EN, other, { keyWeight: rareCountry }).score;
    expect(weighted).toBeLessThan(plain);
    const zeroed = scoreMatch(FR, EN, { keyWeight: () => 0 });
    expect(zeroed).toEqual({ score: 0, reasons: [] });
    expect(anchorKeys(other)).toContain("e:vietnam");
  });
});
