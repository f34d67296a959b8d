import { describe, expect, it } from "vitest";
import { foldNameToken, foldText, nameKey, normalizeLanguage, prepare, tokenize } from "./normalize";

describe("foldText", () => {
  it("folds case, diacritics, ligatures, quotes, apostrophes and dashes", () => {
    expect(foldText("Élysée’s «Kim Jong‑un» — Œuvre")).toBe(`elysee's "kim jong-un" - oeuvre`);
    expect(foldText("Andreï Belooussov, Sergueï, Séoul")).toBe("andrei belooussov, serguei, seoul");
  });

  it("turns non-breaking and narrow spaces into plain spaces", () => {
    expect(foldText("1\u00a0000\u202f%")).toBe("1 000 %");
  });
});

describe("tokenize / prepare", () => {
  it("splits hyphens and apostrophes", () => {
    expect(tokenize("Kim Jong-un s’est rendu")).toEqual(["kim", "jong", "un", "s", "est", "rendu"]);
  });

  it("keeps spans in the original text even when folding changes lengths", () => {
    const text = "L’Œuvre d’Andreï";
    const p = prepare(text);
    const [, oeuvre, , andrei] = p.tokens;
    expect(oeuvre?.norm).toBe("oeuvre");
    expect(text.slice(oeuvre!.start, oeuvre!.end)).toBe("Œuvre");
    expect(andrei?.norm).toBe("andrei");
    expect(text.slice(andrei!.start, andrei!.end)).toBe("Andreï");
  });

  it("marks capitals, acronyms and sentence starts", () => {
    const p = prepare("Selon l'ONU, Poutine arrive. Puis rien");
    const byNorm = Object.fromEntries(p.tokens.map((t) => [t.norm, t]));
    expect(byNorm.selon?.sentStart).toBe(true);
    expect(byNorm.onu?.upper).toBe(true);
    expect(byNorm.poutine?.cap).toBe(true);
    expect(byNorm.poutine?.sentStart).toBe(false);
    expect(byNorm.puis?.sentStart).toBe(true);
    expect(byNorm.rien?.cap).toBe(false);
  });
});

describe("name variants", () => {
  it.each([
    [["Andrey", "Andrei", "Andreï"], "andrei"],
    [["Belousov", "Belooussov"], "belousov"],
    [["Sergueï", "Sergei", "Sergey"], "sergei"],
    [["Jung", "Jong"], "jong"],
  ])("folds %j to %s", (variants, canonical) => {
    for (const v of variants) expect(foldNameToken(v)).toBe(canonical);
  });

  it.each([
    ["Ouchakov", "Ushakov"],
    ["Choïgou", "Shoigu"],
    ["Zelensky", "Zelenskyy"],
    ["Poutine", "Putin"],
    ["Tchaïkovski", "Chaikovsky"],
  ])("gives %s and %s the same lookup key", (fr, en) => {
    expect(nameKey(foldText(fr))).toBe(nameKey(foldText(en)));
  });

  it("keeps different names apart", () => {
    expect(nameKey("lavrov")).not.toBe(nameKey("peskov"));
    expect(nameKey("kim")).not.toBe(nameKey("kin"));
  });
});

describe("normalizeLanguage", () => {
  it("accepts ISO 639-1, 639-3 and locale tags", () => {
    expect(normalizeLanguage("fra")).toBe("fr");
    expect(normalizeLanguage("fr-FR")).toBe("fr");
    expect(normalizeLanguage("eng")).toBe("en");
    expect(normalizeLanguage("en-GB")).toBe("en");
    expect(normalizeLanguage("de")).toBe("und");
  });
});
