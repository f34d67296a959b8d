import { describe, expect, it } from "vitest";
import { extractFeatures } from "./anchors";
import { contradictingPairs, findContradictions } from "./contradictions";

const fr = (s: string) => extractFeatures(s, "fr");
const en = (s: string) => extractFeatures(s, "en");
const find = (a: string, b: string) => findContradictions(fr(a), fr(b));

describe("number contradictions", () => {
  it("flags '24 ans' against 'vingt ans'", () => {
    const found = find(
      "Poutine s'est rendu en Corée du Nord pour la première fois en 24 ans.",
      "La Corée du Nord accueille M. Poutine lors de sa première visite en vingt ans.",
    );
    expect(found).toEqual([expect.objectContaining({ kind: "number", unit: "year", a: "24 ans", b: "vingt ans" })]);
  });

  it("works across languages", () => {
    const found = findContradictions(
      fr("Poutine s'est rendu en Corée du Nord pour la première fois en 24 ans."),
      en("Putin visited North Korea for the first time in twenty years."),
    );
    expect(found).toEqual([expect.objectContaining({ kind: "number", unit: "year", a: "24 ans", b: "twenty years" })]);
  });

  it("ignores the same number with a different unit", () => {
    expect(find("Poutine reste en Corée du Nord 24 heures pour sa visite.", "Poutine revient en Corée du Nord 24 ans après sa première visite.")).toEqual([]);
  });

  it("ignores different numbers with different units", () => {
    expect(find("Poutine arrive en Corée du Nord avec 300 soldats pour sa visite.", "Poutine arrive en Corée du Nord après 24 ans pour sa visite.")).toEqual([]);
  });

  it("ignores a value that is absent on one side", () => {
    expect(find("Poutine s'est rendu en Corée du Nord pour la première fois en 24 ans.", "Poutine s'est rendu en Corée du Nord pour la première fois.")).toEqual([]);
  });

  it("honours hedges", () => {
    expect(find("Poutine revient en Corée du Nord après plus de 20 ans.", "Poutine revient en Corée du Nord après 24 ans.")).toEqual([]);
    expect(find("Poutine revient en Corée du Nord après environ 25 ans.", "Poutine revient en Corée du Nord après 24 ans.")).toEqual([]);
    expect(find("Poutine revient en Corée du Nord après moins de 20 ans.", "Poutine revient en Corée du Nord après 24 ans.")).toHaveLength(1);
  });

  it("stays silent when the claims are about different things", () => {
    expect(find("Poutine a parlé pendant 24 minutes.", "Le match de Séoul a duré 90 minutes.")).toEqual([]);
  });
});

describe("date and time contradictions", () => {
  it("flags different days of the month", () => {
    const found = find("Poutine arrive en Corée du Nord le 18 juin.", "Poutine arrive en Corée du Nord le 19 juin.");
    expect(found).toEqual([expect.objectContaining({ kind: "date", unit: "day", a: "18 juin", b: "19 juin" })]);
  });

  it("flags different weekdays, including one implied by a full date", () => {
    expect(find("Poutine arrive en Corée du Nord mardi.", "Poutine arrive en Corée du Nord mercredi.")).toEqual([
      expect.objectContaining({ kind: "weekday", a: "mardi", b: "mercredi" }),
    ]);
    expect(find("Poutine arrive en Corée du Nord mardi.", "Poutine arrive en Corée du Nord le 19 juin 2024.")).toEqual([
      expect.objectContaining({ kind: "weekday", a: "mardi", b: "19 juin 2024" }),
    ]);
    expect(find("Poutine arrive en Corée du Nord mercredi.", "Poutine arrive en Corée du Nord le 19 juin 2024.")).toEqual([]);
  });

  it("flags different years", () => {
    expect(find("Kim et Poutine se sont rencontrés pour la première fois en 2019.", "Kim et Poutine se sont rencontrés pour la première fois en 2018.")).toEqual([
      expect.objectContaining({ kind: "date", unit: "year", a: "2019", b: "2018" }),
    ]);
  });

  it("flags different times unless stated in different zones", () => {
    expect(find("Poutine atterrit à Pyongyang à 2 h du matin.", "Poutine atterrit à Pyongyang à 3 h du matin.")).toEqual([
      expect.objectContaining({ kind: "time", a: "2 h du matin", b: "3 h du matin" }),
    ]);
    expect(findContradictions(fr("Poutine atterrit à Pyongyang à 2 h 30."), en("Putin landed in Pyongyang at 2:30 a.m."))).toEqual([]);
    expect(find("Poutine atterrit à Pyongyang à 20 h heure de Moscou.", "Poutine atterrit à Pyongyang à 2 h heure locale.")).toEqual([]);
  });
});

describe("role contradictions", () => {
  it("flags two different people named to the same office", () => {
    const found = find(
      "Andrei Belousov, ministre de la Défense, accompagne Poutine en Corée du Nord.",
      "Sergueï Choïgou, ministre de la Défense, accompagne Poutine en Corée du Nord.",
    );
    expect(found).toEqual([
      expect.objectContaining({ kind: "name", unit: "defence-minister", a: "Andrei Belousov", b: "Sergueï Choïgou" }),
    ]);
  });

  it("accepts the same person under two spellings and languages", () => {
    expect(findContradictions(
      fr("Andreï Belooussov, ministre de la Défense, accompagne Poutine en Corée du Nord."),
      en("Defence Minister Andrey Belousov accompanies Putin to North Korea."),
    )).toEqual([]);
  });
});

describe("contradictingPairs", () => {
  it("lists each differing pair once, in input order, and skips claims not indexed yet", () => {
    const claims = [
      { id: "a", features: fr("Poutine s'est rendu en Corée du Nord pour la première fois en 24 ans.") },
      { id: "b", features: fr("Poutine s'est rendu en Corée du Nord pour la première fois en 24 ans, selon l'agence.") },
      { id: "c", features: fr("La Corée du Nord accueille M. Poutine lors de sa première visite en vingt ans.") },
      { id: "d", features: null },
    ];
    expect(contradictingPairs(claims).map(({ a, b, contradictions }) => [a.id, b.id, contradictions.map((c) => c.kind)])).toEqual([
      ["a", "c", ["number"]],
      ["b", "c", ["number"]],
    ]);
  });
});
