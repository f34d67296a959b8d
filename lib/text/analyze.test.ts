import { describe, expect, it } from "vitest";
import { analyzeArticleText } from "./analyze";

const ENGLISH_ARTICLE = [
  "Skip to content",
  "",
  "Putin arrives in Pyongyang for rare visit",
  "",
  "By Jane Doe",
  "June 19, 2024",
  "",
  "Russian President Vladimir Putin arrived in North Korea on Tuesday for his first visit in 24 years, state media said.",
  "",
  "Mr. Putin and Kim Jong Un signed a “comprehensive strategic partnership.” The U.S. State Department said it was “deeply concerned.”",
  "",
  "Advertisement",
  "",
  "Officials in Seoul said more than 10,000 artillery shells had been shipped to Russia since September.",
  "",
  "Share this article",
  "Subscribe to our newsletter",
  "",
  "Related articles",
  "",
  "Ten recipes for a perfect summer barbecue with friends and family this weekend.",
].join("\n");

describe("analyzeArticleText", () => {
  const result = analyzeArticleText({ text: ENGLISH_ARTICLE });

  it("detects the language when none is given", () => {
    expect(result.language).toBe("en");
  });

  it("separates boilerplate from claims in an English article", () => {
    expect(result.boilerplate.map((b) => b.reason)).toEqual([
      "navigation", "byline-meta", "timestamp", "ads-cookies", "share", "newsletter", "related-teaser",
    ]);
    expect(result.claims.map((c) => c.text)).toEqual([
      "Putin arrives in Pyongyang for rare visit",
      "Russian President Vladimir Putin arrived in North Korea on Tuesday for his first visit in 24 years, state media said.",
      "Mr. Putin and Kim Jong Un signed a “comprehensive strategic partnership.”",
      "The U.S. State Department said it was “deeply concerned.”",
      "Officials in Seoul said more than 10,000 artillery shells had been shipped to Russia since September.",
    ]);
    expect(result.claims.map((c) => c.position)).toEqual([0, 1, 2, 3, 4]);
    expect(result.claims[0]?.kind).toBe("headline");
  });

  it("scores each claim with its signals", () => {
    const shells = result.claims[4];
    expect(shells?.signals).toEqual(expect.arrayContaining(["number", "named-entity", "attribution", "comparison"]));
    expect(shells?.checkworthiness).toBeGreaterThan(0.6);
  });

  it("uses the given language (primary subtag) instead of detecting one", () => {
    expect(analyzeArticleText({ text: ENGLISH_ARTICLE, language: "fr-FR" }).language).toBe("fr");
    expect(analyzeArticleText({ text: ENGLISH_ARTICLE, language: "und" }).language).toBe("en");
  });

  it("handles empty and very short texts", () => {
    expect(analyzeArticleText({ text: "" })).toEqual({ language: "und", boilerplate: [], claims: [] });
    const short = analyzeArticleText({ text: "Il pleut." });
    expect(short.language).toBe("und");
    expect(short.claims.map((c) => c.text)).toEqual(["Il pleut."]);
  });
});
