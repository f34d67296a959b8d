import { readFileSync, readdirSync } from "node:fs";
import { generateArticles } from "@/lib/bench/synthetic";
import { importArticle } from "@/lib/services/articles";
import type { Actor } from "@/lib/services/audit";
import { analyzeArticleText } from "@/lib/text/analyze";
import { articleImportSchema } from "@/lib/validation/article";
import { percentile, type BenchRow } from "../stats";

const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** Segmentation alone and the whole import (extraction, analysis, matching index, rows). */
export async function importBench(teamId: string, actor: Actor, batchSize: number): Promise<BenchRow[]> {
  const seeds = readdirSync("prisma/demo/articles").map((file) => readFileSync(`prisma/demo/articles/${file}`, "utf8"));
  const analyzeMs: number[] = [];
  const importMs: number[] = [];
  for (let round = 0; round < 4; round++) {
    for (const text of seeds) {
      const perThousand = 1000 / words(text);
      let start = performance.now();
      analyzeArticleText({ text, language: "fr" });
      analyzeMs.push((performance.now() - start) * perThousand);
      start = performance.now();
      await importArticle(teamId, actor, articleImportSchema.parse({ title: `Bench ${round}`, text, allowDuplicate: true }));
      importMs.push((performance.now() - start) * perThousand);
    }
  }
  const batch = generateArticles({ seed: 99, articles: batchSize, sentencesPerArticle: 25 });
  const start = performance.now();
  for (const article of batch) {
    await importArticle(teamId, actor, articleImportSchema.parse({ title: article.title, text: article.sentences.join(" "), outlet: article.outlet, language: article.language }));
  }
  const seconds = (performance.now() - start) / 1000;
  return [
    { name: "segmentation per 1,000 words (p50)", value: percentile(analyzeMs, 50), unit: "ms" },
    { name: "import + segmentation per 1,000 words (p50)", value: percentile(importMs, 50), unit: "ms", note: "one transaction per article" },
    { name: `batch import of ${batchSize} articles`, value: batchSize / seconds, unit: "articles/s", note: `${seconds.toFixed(1)} s, ~${25 * 20} words each` },
  ];
}
