// Ranking checks on the real seed corpus (prisma/demo/articles): sentences that
// report the same fact must outscore unrelated sentences from the same articles.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anchorKeys, extractFeatures, keyedFeatures } from "./anchors";
import { findContradictions } from "./contradictions";
import { scoreMatch } from "./score";
import type { ClaimFeatures } from "./types";

const dir = join(process.cwd(), "prisma/demo/articles");
const sentences = readdirSync(dir)
  .sort()
  .flatMap((f) =>
    readFileSync(join(dir, f), "utf8")
      // "M. Poutine": do not split after the honorific.
      .replace(/\bM\. /g, "M.\u0000")
      .split(/(?<=[.!?])\s+|\n+/)
      .map((s) => s.replace(/\u0000/g, " ").trim())
      .filter((s) => s.length > 20),
  );
const pick = (needle: string) => {
  const s = sentences.find((x) => x.includes(needle));
  if (!s) throw new Error(`seed sentence not found: ${needle}`);
  return s;
};

const FIRST_IN_24 = [
  pick("Poutine rencontre Kim Jong-un en Corée du Nord pour la première fois en 24 ans"),
  pick("Poutine s’est rendu en Corée du Nord pour la première fois en 24 ans"),
  pick("en l'espace de 24 ans"),
  pick("sa première visite en vingt ans"),
];
const DELEGATION = [pick("importante délégation comprenant Andrey Belousov"), pick("Parmi les responsables figurent Denis Mantrurov")];
const UNRELATED = [
  pick("Telegram sert de plateforme"),
  pick("Rodrigo Duterte, le président des Philippines"),
  pick("Liga MX Femenil"),
  pick("Cette règle vise à pousser la Corée du Nord"),
  pick("Des avions civils ont été retirés"),
  pick("La Russie et la Chine ont fourni"),
  pick("Les syndicats du crime organisé"),
  pick("Kim paraissait visiblement heureux"),
  pick("se sont affaiblis après l'effondrement"),
  pick("Cela a eu un impact significatif"),
];

const features = new Map<string, ClaimFeatures>(sentences.map((s) => [s, extractFeatures(s, "fr")]));
const F = (s: string) => features.get(s)!;

// IDF from the corpus itself, as the app will derive it from claim statistics.
const df = new Map<string, number>();
for (const f of features.values()) for (const key of keyedFeatures(f).keys()) df.set(key, (df.get(key) ?? 0) + 1);
const idf = (key: string) => Math.log((features.size + 1) / ((df.get(key) ?? 0) + 1)) / Math.log(features.size / 10);

function checkRanking(group: string[], keyWeight?: (key: string) => number): number[] {
  const opts = keyWeight ? { keyWeight } : {};
  const pairScores: number[] = [];
  for (const a of group) {
    const worstUnrelated = Math.max(...UNRELATED.map((u) => scoreMatch(F(a), F(u), opts).score));
    for (const b of group) {
      if (a === b) continue;
      const s = scoreMatch(F(a), F(b), opts).score;
      pairScores.push(s);
      expect(s, `${a.slice(0, 50)} ~ ${b.slice(0, 50)}`).toBeGreaterThan(worstUnrelated);
    }
  }
  return pairScores;
}

describe("seed corpus", () => {
  it("finds the sentences it needs", () => {
    expect(FIRST_IN_24[3]).toBe("La Corée du Nord accueille chaleureusement M. Poutine lors de sa première visite en vingt ans.");
    expect(sentences.length).toBeGreaterThan(100);
  });

  it("ranks the 'first visit in 24 years' sentences above unrelated ones", () => {
    const scores = checkRanking(FIRST_IN_24);
    console.log(`first-in-24-years pairs: ${scores.map((s) => s.toFixed(2)).join(" ")}`);
    for (const s of FIRST_IN_24) expect(anchorKeys(F(s))).toEqual(expect.arrayContaining(["e:putin", "c:first"]));
  });

  it("ranks the delegation sentences (Belousov, Lavrov) above unrelated ones", () => {
    const scores = checkRanking(DELEGATION);
    console.log(`delegation pair: ${scores[0]!.toFixed(2)}`);
    const reasons = scoreMatch(F(DELEGATION[0]!), F(DELEGATION[1]!)).reasons.map((r) => [r.key, r.a, r.b]);
    expect(reasons).toEqual(expect.arrayContaining([
      ["e:belousov", "Andrey Belousov", "Andrei Belousov"],
      ["e:lavrov", "Sergueï Lavrov", "Sergueï Lavrov"],
    ]));
  });

  it("keeps the ranking with corpus IDF weights", () => {
    const first = checkRanking(FIRST_IN_24, idf);
    const delegation = checkRanking(DELEGATION, idf);
    console.log(`with IDF: first-in-24 ${first.map((s) => s.toFixed(2)).join(" ")}, delegation ${delegation[0]!.toFixed(2)}`);
    expect(idf("e:putin")).toBeLessThan(idf("e:belousov"));
  });

  it("flags 'vingt ans' against the '24 ans' sentences, and nothing between the 24-year ones", () => {
    const [title, visit, crowd, twenty] = FIRST_IN_24.map(F);
    for (const other of [title!, visit!, crowd!]) {
      expect(findContradictions(twenty!, other)).toEqual([
        expect.objectContaining({ kind: "number", unit: "year", a: "vingt ans", b: expect.stringMatching(/^24 ans$/) }),
      ]);
    }
    expect(findContradictions(title!, visit!)).toEqual([]);
    expect(findContradictions(visit!, crowd!)).toEqual([]);
  });

  it("finds no role conflict between the two delegation lists", () => {
    expect(findContradictions(F(DELEGATION[0]!), F(DELEGATION[1]!))).toEqual([]);
  });
});
