import "server-only";
import type { db, Tx } from "@/lib/db";

// Two articles whose texts are this similar (trigrams) are copies of one story: a wire
// text republished counts as one source (lib/matching/independence).
const COPY_SIMILARITY = 0.6;

/**
 * Near-identical pairs among the articles of each set (each set: the articles stating
 * one proposition), in one query whatever the number of sets.
 */
export async function nearIdenticalArticles(client: Tx | ReturnType<typeof db>, teamId: string, articleSets: Iterable<Iterable<string>>): Promise<Array<[string, string]>> {
  const pairs = new Map<string, [string, string]>();
  for (const set of articleSets) {
    const sorted = [...new Set(set)].sort();
    sorted.forEach((a, i) => sorted.slice(i + 1).forEach((b) => pairs.set(`${a}|${b}`, [a, b])));
  }
  if (pairs.size === 0) return [];
  const [as, bs] = [[...pairs.values()].map((p) => p[0]), [...pairs.values()].map((p) => p[1])];
  const rows = await client.$queryRaw<Array<{ a: string; b: string }>>`
    SELECT p.a, p.b FROM unnest(${as}::text[], ${bs}::text[]) AS p(a, b)
    JOIN "Article" x ON x.id = p.a AND x."teamId" = ${teamId}
    JOIN "Article" y ON y.id = p.b AND y."teamId" = ${teamId}
    WHERE similarity(left(x.text, 4000), left(y.text, 4000)) > ${COPY_SIMILARITY}`;
  return rows.map((row) => [row.a, row.b]);
}
