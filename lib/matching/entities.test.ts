import { describe, expect, it } from "vitest";
import { aliasClashes, extractEntities, lookupAlias } from "./entities";
import { GAZETTEER } from "./gazetteer";
import { extractConcepts } from "./lexicon";

const ids = (text: string) => extractEntities(text).map((e) => e.id);
const withRoles = (text: string) =>
  Object.fromEntries(extractEntities(text, { concepts: extractConcepts(text) }).map((e) => [e.id, e.role ?? null]));

describe("gazetteer variants", () => {
  it.each([
    ["putin", ["Poutine", "Putin", "Vladimir Poutine", "Vladimir Putin"]],
    ["kim-jong-un", ["Kim Jong-un", "Kim Jong Un", "Kim Jung-un", "Kim Jong-Un", "KIM JONG-UN"]],
    ["north-korea", ["Corée du Nord", "North Korea", "RPDC", "DPRK", "nord-coréen", "nord-coréennes", "North Korean"]],
    ["south-korea", ["Corée du Sud", "South Korea", "sud-coréens", "South Korean"]],
    ["russia", ["Russie", "Russia", "russe", "Russian"]],
    ["ukraine", ["Ukraine", "ukrainienne"]],
    ["united-states", ["États-Unis", "Etats-Unis", "United States", "US", "USA", "U.S.", "américain"]],
    ["pyongyang", ["Pyongyang"]],
    ["moscow", ["Moscou", "Moscow"]],
    ["china", ["Chine", "China", "chinois"]],
    ["belousov", ["Andrey Belousov", "Andreï Belooussov", "Andrei Belousov", "Belousov", "Belooussov"]],
    ["lavrov", ["Sergueï Lavrov", "Sergei Lavrov", "Sergey Lavrov", "Lavrov"]],
    ["kremlin", ["Kremlin"]],
    ["un", ["ONU", "UN", "Nations unies", "United Nations"]],
    ["nato", ["OTAN", "NATO"]],
    ["vladivostok", ["Vladivostok"]],
    ["seoul", ["Séoul", "Seoul"]],
    ["japan", ["Japon", "Japan"]],
    ["soviet-union", ["Union soviétique", "Soviet Union", "URSS", "USSR"]],
    ["washington", ["Washington"]],
    ["beijing", ["Pékin", "Beijing"]],
    ["xi-jinping", ["Xi Jinping"]],
    ["biden", ["Joe Biden", "Biden"]],
    ["zelensky", ["Zelensky", "Zelenskyy", "Zelenski", "Volodymyr Zelensky"]],
  ])("%s", (id, variants) => {
    for (const v of variants) {
      expect(lookupAlias(v), v).toBe(id);
      expect(ids(`Hier, selon nous, ${v} a parlé.`), v).toContain(id);
    }
  });

  it("has no alias claimed by two entries", () => {
    expect(aliasClashes()).toEqual([]);
  });

  it("uses unique ids", () => {
    const all = GAZETTEER.map((e) => e.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it("prefers the longest alias", () => {
    expect(ids("sur la place Kim Il Sung")).toEqual(["kim-il-sung-square"]);
    expect(ids("le Conseil de sécurité de l'ONU")).toEqual(["un-security-council", "un"]);
  });
});

describe("false friends", () => {
  it("does not take French words for acronyms or places", () => {
    expect(ids("Il met en garde le seul pays qui nous soutient, un accord.")).toEqual([]);
    expect(ids("The US and the UN said so.")).toEqual(["united-states", "un"]);
  });

  it("reads a bare 'Kim' as Kim Jong-un unless it starts a longer name", () => {
    expect(ids("Poutine a salué Kim.")).toEqual(["putin", "kim-jong-un"]);
    expect(ids("Kim Hong-kyun a parlé.")).toEqual(["name:kim-hong-kiun"]);
  });
});

describe("fallback names", () => {
  it("turns unknown capitalised multi-word names into name: entities", () => {
    const found = extractEntities("Parmi eux figurent Denis Mantrurov et la Maison d'État de Kumsusan.");
    expect(found.map((e) => [e.id, e.text])).toEqual([
      ["name:denis-mantrurov", "Denis Mantrurov"],
      ["name:maison-d-etat-de-kumsusan", "Maison d'État de Kumsusan"],
    ]);
  });

  it("folds transliteration variants of unknown names together", () => {
    expect(ids("Selon Alexandre Matsegora, rien.")).toEqual(ids("Selon Aleksandr Matsegora, rien."));
    expect(ids("photo Mikhaïl Metzel")).toEqual(ids("photo Mikhail Metzel"));
  });

  it("ignores single capitalised words, sentence-initial function words, titles and dates", () => {
    expect(ids("Les Tuzas ouvrent le tournoi.")).toEqual([]);
    expect(ids("Plus tôt, Campbell a parlé.")).toEqual([]);
    expect(ids("On Tuesday June 18 Foreign Minister Lavrov spoke.")).toEqual(["lavrov"]);
  });

  it("keeps a person whose first name is a month", () => {
    expect(ids("La directrice, Avril Haines, a déclaré")).toEqual(["name:avril-haines"]);
  });
});

describe("role slots", () => {
  it("attaches offices by apposition or by a preceding title", () => {
    expect(withRoles("Poutine emmène Andrey Belousov, son nouveau chef de la défense, et Sergueï Lavrov, le vétéran ministre des Affaires étrangères.")).toMatchObject({
      belousov: "defence-minister",
      lavrov: "foreign-minister",
      putin: null,
    });
    expect(withRoles("Andrei Belousov, ministre de la Défense, le ministre des Affaires étrangères Sergueï Lavrov et Yuri Ouchakov.")).toMatchObject({
      belousov: "defence-minister",
      lavrov: "foreign-minister",
      ushakov: null,
    });
    expect(withRoles("Le porte-parole du Kremlin, Dmitri Peskov, a refusé.")).toMatchObject({ peskov: "spokesperson", kremlin: null });
    expect(withRoles("Foreign Minister Sergei Lavrov and Defence Minister Andrei Belousov arrived.")).toMatchObject({
      lavrov: "foreign-minister",
      belousov: "defence-minister",
    });
  });

  it("does not attach an office across a clause", () => {
    expect(withRoles("Le porte-parole de la présidence a déclaré que Poutine viendrait.")).toEqual({ putin: null });
  });
});
