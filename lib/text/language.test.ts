import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectLanguage, primaryLanguageSubtag } from "./language";

const SEED_DIR = join(process.cwd(), "prisma/demo/articles");

describe("detectLanguage", () => {
  it.each(readdirSync(SEED_DIR).filter((f) => f.endsWith(".txt")).sort())("detects French in seed %s", (file) => {
    expect(detectLanguage(readFileSync(join(SEED_DIR, file), "utf8"))).toBe("fr");
  });

  it("detects English", () => {
    const text =
      "Russian President Vladimir Putin arrived in North Korea on Tuesday for his first visit in 24 years, " +
      "as the two countries pledged to deepen their military and economic cooperation despite Western sanctions.";
    expect(detectLanguage(text)).toBe("en");
  });

  it("maps other common languages to ISO 639-1", () => {
    expect(detectLanguage("El presidente ruso llegó a Corea del Norte para su primera visita en veinticuatro años, según la agencia oficial.")).toBe("es");
    expect(detectLanguage("Der russische Präsident ist am Dienstag zu seinem ersten Besuch seit vierundzwanzig Jahren in Nordkorea eingetroffen.")).toBe("de");
  });

  it("answers 'und' for text too short to judge", () => {
    expect(detectLanguage("")).toBe("und");
    expect(detectLanguage("Bonjour")).toBe("und");
    expect(detectLanguage("2024-06-15 09:07:56 #tags 1718435283")).toBe("und");
  });

  it("is not fooled by short English widgets on a French page", () => {
    const seed = readFileSync(join(SEED_DIR, "003_26b605a3c5748ae0.txt"), "utf8");
    expect(detectLanguage(`You may also like\nLeave a Comment\nShare this\n${seed}`)).toBe("fr");
  });
});

describe("primaryLanguageSubtag", () => {
  it("reduces BCP 47 tags", () => {
    expect(primaryLanguageSubtag("fr-FR")).toBe("fr");
    expect(primaryLanguageSubtag("EN_us")).toBe("en");
    expect(primaryLanguageSubtag("")).toBeNull();
    expect(primaryLanguageSubtag("not a tag")).toBeNull();
    expect(primaryLanguageSubtag(undefined)).toBeNull();
  });
});
