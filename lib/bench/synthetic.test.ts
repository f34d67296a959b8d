import { describe, expect, it } from "vitest";
import { analyzeArticleText } from "@/lib/text/analyze";
import { generateArticles, seededRandom } from "./synthetic";

describe("synthetic corpus", () => {
  it("is reproducible from its seed", () => {
    expect(generateArticles({ seed: 7, articles: 3, sentencesPerArticle: 5 })).toEqual(generateArticles({ seed: 7, articles: 3, sentencesPerArticle: 5 }));
    expect(generateArticles({ seed: 7, articles: 3, sentencesPerArticle: 5 })).not.toEqual(generateArticles({ seed: 8, articles: 3, sentencesPerArticle: 5 }));
  });

  it("mixes French and English, and each sentence segments as one claim", () => {
    const articles = generateArticles({ seed: 1, articles: 40, sentencesPerArticle: 6, englishShare: 0.5 });
    expect(new Set(articles.map((a) => a.language))).toEqual(new Set(["fr", "en"]));
    for (const article of articles.slice(0, 10)) {
      const analysis = analyzeArticleText({ text: article.sentences.join(" "), language: article.language });
      expect(analysis.claims.map((c) => c.text)).toEqual(article.sentences);
    }
  });

  it("draws uniformly enough to vary the data", () => {
    const random = seededRandom(42);
    const draws = Array.from({ length: 10_000 }, random);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});
