import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anchorKeys, extractFeatures, MAX_ANCHOR_KEYS } from "./anchors";
import { extractConcepts, LEXICON } from "./lexicon";

const FR = "Poutine s'est rendu en Corée du Nord pour la première fois en 24 ans";
const EN = "Putin visited North Korea for the first time in 24 years";
const concepts = (text: string, language = "und") => extractConcepts(text, language).map((c) => c.id);

describe("anchorKeys", () => {
  it("gives the FR and EN versions of the same claim the same core keys", () => {
    const fr = anchorKeys(extractFeatures(FR, "fr"));
    const en = anchorKeys(extractFeatures(EN, "en"));
    for (const key of ["e:putin", "e:north-korea", "c:visit", "c:first", "n:24:year", "n:24"]) {
      expect(fr, key).toContain(key);
      expect(en, key).toContain(key);
    }
  });

  it("encodes dates, times, weekdays and years", () => {
    const keys = anchorKeys(extractFeatures("Poutine est arrivé mardi 18 juin 2024 à 2 h du matin.", "fr"));
    expect(keys).toEqual(expect.arrayContaining(["e:putin", "d:06-18", "y:2024", "wd:tue", "t:02:00"]));
    const en = anchorKeys(extractFeatures("Putin arrived on Tuesday, June 18, 2024 at 2 a.m.", "en"));
    expect(en).toEqual(expect.arrayContaining(["e:putin", "d:06-18", "y:2024", "wd:tue", "t:02:00"]));
  });

  it("does not anchor on small numbers written as words without a unit", () => {
    expect(anchorKeys(extractFeatures("les deux hommes se sont serré la main", "fr")).filter((k) => k.startsWith("n:"))).toEqual([]);
  });

  it("stores only anchor keys, deduplicated and bounded", () => {
    const places = ["Moscou", "Pyongyang", "Séoul", "Pékin", "Washington", "Vladivostok", "Kiev", "Tokyo Bay Hotel"];
    const long = Array.from({ length: 30 }, (_, i) => `${i + 10} soldats à ${places[i % places.length]} le ${(i % 28) + 1} juin`).join(", ");
    const keys = anchorKeys(extractFeatures(`Poutine a visité la Corée du Nord avec ${long}.`, "fr"));
    expect(keys.length).toBe(MAX_ANCHOR_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.some((k) => k.startsWith("w:") || k.startsWith("ns:"))).toBe(false);
    // Entities outrank everything else when the list is cut.
    expect(keys.slice(0, 3)).toEqual(["e:putin", "e:north-korea", "e:moscow"]);
  });
});

describe("concept lexicon", () => {
  it.each([
    ["visit", "Poutine se rendra à Pyongyang", "Putin will travel to Pyongyang"],
    ["visit", "sa visite d'État", "his state visit"],
    ["meet", "Poutine rencontre Kim", "Putin meets Kim"],
    ["delegation", "une importante délégation", "a large delegation"],
    ["delegation", "des responsables ont accompagné Poutine", "officials accompanied Putin"],
    ["agreement", "un accord", "a pact"],
    ["partnership", "un partenariat", "a partnership"],
    ["strategic", "stratégique", "strategic"],
    ["ammunition", "des munitions", "ammunition"],
    ["missile", "des missiles", "missiles"],
    ["defence", "la défense", "defence"],
    ["foreign-minister", "le ministre des Affaires étrangères", "the foreign minister"],
    ["defence-minister", "le ministre de la Défense", "the defense minister"],
    ["war", "la guerre en Ukraine", "the war in Ukraine"],
    ["sanctions", "les sanctions", "sanctions"],
    ["weapons", "des armes", "weapons"],
    ["first", "pour la première fois", "for the first time"],
  ])("%s: %s / %s", (id, fr, en) => {
    expect(concepts(fr, "fr")).toContain(id);
    expect(concepts(en, "en")).toContain(id);
  });

  it("lets a longer pattern shadow its parts", () => {
    expect(concepts("le premier ministre")).toEqual(["prime-minister"]);
    expect(concepts("le vice-Premier ministre")).toEqual(["deputy-prime-minister"]);
    expect(concepts("l'armée")).toEqual(["military"]);
  });

  it("applies language-restricted false friends only in their language", () => {
    expect(concepts("Putin met Kim", "en")).toContain("meet");
    expect(concepts("Il met en garde", "fr")).not.toContain("meet");
    expect(concepts("voici ce qui concerne la situation", "fr")).not.toContain("concern");
  });

  it("keeps every pattern well-formed", () => {
    for (const entry of LEXICON) {
      expect(entry.id).toMatch(/^[a-z][a-z-]*$/);
      for (const pattern of [...entry.fr, ...entry.en]) {
        for (const word of pattern.replace(/^=/, "").split(" ")) {
          if (word.endsWith("*")) expect(word.length, `${entry.id}: ${pattern}`).toBeGreaterThanOrEqual(5);
        }
      }
    }
  });
});

describe("extractFeatures", () => {
  it("marks terms already covered by a feature", () => {
    const f = extractFeatures("Poutine a offert une luxueuse limousine Aurus Senat à Kim.", "fr");
    const byTerm = Object.fromEntries(f.terms.map((t) => [t.term, t.anchored]));
    expect(byTerm).toMatchObject({ poutine: true, luxueuse: false, limousine: false, offert: false });
    expect(f.terms.every((t) => !["une", "a"].includes(t.term))).toBe(true);
  });

  it("keys every demo sentence (1,000 of them) without throwing", () => {
    const dir = join(process.cwd(), "prisma/demo/articles");
    const sentences = readdirSync(dir)
      .flatMap((f) => readFileSync(join(dir, f), "utf8").split(/(?<=[.!?])\s+|\n+/))
      .filter((s) => s.trim().length > 20);
    expect(sentences.length).toBeGreaterThan(100);
    const batch = Array.from({ length: 1000 }, (_, i) => sentences[i % sentences.length]!);
    let keys = 0;
    for (const s of batch) keys += anchorKeys(extractFeatures(s, "fr")).length;
    expect(keys).toBeGreaterThan(1000);
  });
});
