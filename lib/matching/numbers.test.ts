import { describe, expect, it } from "vitest";
import { extractNumbers } from "./numbers";

const one = (text: string, language = "fr") => {
  const found = extractNumbers(text, { language });
  expect(found, `numbers in ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0]!;
};

describe("number words", () => {
  it.each([
    ["vingt", 20], ["vingt-quatre", 24], ["vingt et un", 21], ["dix-sept", 17], ["soixante-dix-sept", 77],
    ["soixante et onze", 71], ["quatre-vingts", 80], ["quatre-vingt-dix", 90], ["trois cents", 300],
    ["deux mille vingt-quatre", 2024],
  ])("FR %s = %d", (text, value) => {
    expect(one(text).value).toBe(value);
  });

  it.each([
    ["twenty-four", 24], ["twenty four", 24], ["one hundred and five", 105], ["three thousand", 3000], ["nineteen", 19],
  ])("EN %s = %d", (text, value) => {
    expect(one(text, "en").value).toBe(value);
  });

  it("does not glue unrelated number words together", () => {
    expect(extractNumbers("deux trois").map((n) => n.value)).toEqual([2, 3]);
  });

  it("treats articles as articles", () => {
    expect(extractNumbers("un accord et une visite")).toEqual([]);
    expect(extractNumbers("a deal", { language: "en" })).toEqual([]);
    expect(one("un million de personnes").value).toBe(1_000_000);
  });

  it("reads approximate nouns", () => {
    expect(one("une douzaine de soldats")).toMatchObject({ value: 12, unit: "soldier", approx: "about" });
    expect(one("a dozen soldiers", "en")).toMatchObject({ value: 12, unit: "soldier" });
  });
});

describe("digits", () => {
  it.each([
    ["1 000 soldats", "fr", 1000], ["1\u202f000 soldats", "fr", 1000], ["1.000 soldats", "fr", 1000],
    ["3,5 %", "fr", 3.5], ["1,000 soldiers", "en", 1000], ["3.5%", "en", 3.5], ["2 000 000", "fr", 2_000_000],
  ])("%s (%s) = %d", (text, language, value) => {
    expect(one(text, language).value).toBe(value);
  });

  it("applies scale words and currencies", () => {
    expect(one("2,5 millions de dollars")).toMatchObject({ value: 2_500_000, unit: "usd", text: "2,5 millions de dollars" });
    expect(one("$5 billion", "en")).toMatchObject({ value: 5e9, unit: "usd", text: "$5 billion" });
    expect(one("3 milliards d’euros")).toMatchObject({ value: 3e9, unit: "eur" });
  });

  it("ignores model names glued to a number", () => {
    expect(extractNumbers("des MiG-29 et le COVID-19")).toEqual([]);
  });
});

describe("ordinals", () => {
  it.each([
    ["première", "fr", 1], ["first", "en", 1], ["1er", "fr", 1], ["24e", "fr", 24], ["vingt-quatrième", "fr", 24],
    ["twenty-fourth", "en", 24], ["cinquième", "fr", 5], ["eighth", "en", 8],
  ])("%s is ordinal %d", (text, language, value) => {
    expect(one(text, language)).toMatchObject({ value, ordinal: true });
  });

  it("does not read 'premier ministre' as a rank", () => {
    expect(extractNumbers("le premier ministre")).toEqual([]);
  });
});

describe("units, hedges and spans", () => {
  it.each([
    ["24 ans", "fr", 24, "year"], ["24 years", "en", 24, "year"], ["vingt ans", "fr", 20, "year"],
    ["10 km", "fr", 10, "km"], ["10km", "fr", 10, "km"], ["5 pour cent", "fr", 5, "pct"], ["deux pays", "fr", 2, "country"],
    ["300 soldats", "fr", 300, "soldier"], ["3 000 missiles", "fr", 3000, "missile"],
  ])("%s → %d %s", (text, language, value, unit) => {
    expect(one(text, language)).toMatchObject({ value, unit, ordinal: false });
  });

  it("keeps an unknown adjacent noun as a language-specific unit", () => {
    expect(one("trois navires").unit).toBe("x:navire");
  });

  it("records hedges", () => {
    expect(one("plus de 20 ans")).toMatchObject({ value: 20, approx: "more", text: "plus de 20 ans" });
    expect(one("nearly 300 soldiers", "en").approx).toBe("less");
    expect(one("environ 24 ans").approx).toBe("about");
  });

  it("returns the exact span of the original text", () => {
    const text = "Il l’a quitté il y a vingt-quatre ans, selon nous.";
    const n = one(text);
    expect(n.text).toBe("vingt-quatre ans");
    expect(text.slice(n.start, n.end)).toBe("vingt-quatre ans");
  });

  it("skips excluded spans (dates found first)", () => {
    const text = "le 19 juin, 24 ans après";
    const found = extractNumbers(text, { exclude: [{ start: 3, end: 10 }] });
    expect(found.map((n) => n.value)).toEqual([24]);
  });
});

describe("English compounds", () => {
  it("reads hyphenated quantity adjectives", () => {
    expect(one("a 24-year gap", "en")).toMatchObject({ value: 24, unit: "year", text: "24-year" });
  });
});
