import { readFileSync, readdirSync } from "node:fs";
import { analyzeArticleText } from "./analyze";
const dir = "/work/main/prisma/demo/articles/";
const texts = readdirSync(dir).sort().map(f => readFileSync(dir + f, "utf8"));
for (let k = 0; k < 400; k++) for (const t of texts) analyzeArticleText({ text: t });
const words = texts.join(" ").split(/\s+/).length;
for (let r = 0; r < 3; r++) { const a = performance.now(); for (let k = 0; k < 100; k++) for (const t of texts) analyzeArticleText({ text: t });
console.log(((performance.now() - a) / 100).toFixed(2), "ms per 5 seeds;", ((performance.now() - a) / 100 / words * 1000).toFixed(2), "ms/1000 words"); }
