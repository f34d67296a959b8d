import "server-only";
import { randomUUID } from "node:crypto";
import { generateArticles } from "@/lib/bench/synthetic";
import { db } from "@/lib/db";
import { contentHashOf } from "@/lib/services/articles";
import { matchingFields, rebuildClaimKeyStats } from "@/lib/services/matching";
import { scoreCheckworthiness } from "@/lib/text/checkworthiness";

const SENTENCES_PER_ARTICLE = 20;
const BATCH_CLAIMS = 5000;

type ClaimRow = { id: string; groupId: string; articleId: string; start: number; end: number; text: string; score: number; signals: string[]; language: string; features: string; keys: string[] };
type ArticleRow = { id: string; title: string; outlet: string; language: string; publishedAt: Date; text: string; hash: string };

/** One INSERT per table and batch: column arrays unnested server-side (fast bulk path). */
async function insertBatch(teamId: string, articles: ArticleRow[], claims: ClaimRow[]) {
  const col = <T,>(rows: T[], pick: (row: T) => unknown) => rows.map(pick);
  await db().$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "Article" (id, "teamId", title, outlet, language, "publishedAt", text, "originalInput", "contentHash", "updatedAt")
      SELECT a.id, ${teamId}, a.title, a.outlet, a.language, a.published, a.text, a.text, a.hash, now()
      FROM unnest(${col(articles, (a) => a.id)}::text[], ${col(articles, (a) => a.title)}::text[], ${col(articles, (a) => a.outlet)}::text[],
                  ${col(articles, (a) => a.language)}::text[], ${col(articles, (a) => a.publishedAt)}::timestamp[], ${col(articles, (a) => a.text)}::text[],
                  ${col(articles, (a) => a.hash)}::text[]) AS a(id, title, outlet, language, published, text, hash)`;
    await tx.$executeRaw`
      INSERT INTO "ClaimGroup" (id, "teamId", "updatedAt") SELECT g, ${teamId}, now() FROM unnest(${col(claims, (c) => c.groupId)}::text[]) AS g`;
    // Arrays of arrays (signals, anchor keys) travel as JSON and are unpacked per row.
    await tx.$executeRaw`
      INSERT INTO "Claim" (id, "teamId", "articleId", "groupId", start, "end", text, checkworthiness, signals, language, features, "anchorKeys", "anchorVersion", "updatedAt")
      SELECT c.id, ${teamId}, c.article, c.grp, c.s, c.e, c.text, c.score,
             ARRAY(SELECT jsonb_array_elements_text(c.signals)), c.language, c.features,
             ARRAY(SELECT jsonb_array_elements_text(c.keys)), ${matchingFields("", "fr").anchorVersion}, now()
      FROM unnest(${col(claims, (c) => c.id)}::text[], ${col(claims, (c) => c.articleId)}::text[], ${col(claims, (c) => c.groupId)}::text[],
                  ${col(claims, (c) => c.start)}::int[], ${col(claims, (c) => c.end)}::int[], ${col(claims, (c) => c.text)}::text[],
                  ${col(claims, (c) => c.score)}::float8[], ${col(claims, (c) => JSON.stringify(c.signals))}::jsonb[],
                  ${col(claims, (c) => c.language)}::text[], ${col(claims, (c) => c.features)}::jsonb[], ${col(claims, (c) => JSON.stringify(c.keys))}::jsonb[])
        AS c(id, article, grp, s, e, text, score, signals, language, features, keys)`;
  }, { timeout: 300_000 });
}

/**
 * Fills a team with a reproducible synthetic corpus (benchmarks, index-plan tests): the
 * claims carry the same matching columns the import computes, inserted in bulk.
 */
export async function fillTeamWithSyntheticClaims(teamId: string, claims: number, seed: number, onProgress?: (done: number) => void) {
  const generated = generateArticles({ seed, articles: Math.ceil(claims / SENTENCES_PER_ARTICLE), sentencesPerArticle: SENTENCES_PER_ARTICLE });
  let articles: ArticleRow[] = [];
  let rows: ClaimRow[] = [];
  let done = 0;
  const flush = async () => {
    if (rows.length === 0) return;
    await insertBatch(teamId, articles, rows);
    done += rows.length;
    onProgress?.(done);
    articles = [];
    rows = [];
  };
  for (const article of generated) {
    const id = randomUUID();
    const text = article.sentences.join(" ");
    articles.push({ id, title: article.title, outlet: article.outlet, language: article.language, publishedAt: article.publishedAt, text, hash: contentHashOf(`${text}#${id}`) });
    let at = 0;
    for (const sentence of article.sentences) {
      const { score, signals } = scoreCheckworthiness(sentence, article.language);
      const { features, anchorKeys } = matchingFields(sentence, article.language);
      rows.push({ id: randomUUID(), groupId: randomUUID(), articleId: id, start: at, end: at + sentence.length, text: sentence, score, signals, language: article.language, features: JSON.stringify(features), keys: anchorKeys });
      at += sentence.length + 1;
    }
    if (rows.length >= BATCH_CLAIMS) await flush();
  }
  await flush();
  await rebuildClaimKeyStats(teamId);
  // Fresh planner statistics and a flushed GIN pending list, as autovacuum would
  // eventually give after a bulk load.
  await db().$executeRaw`VACUUM ANALYZE "Claim"`;
  return { articles: generated.length, claims: done };
}
