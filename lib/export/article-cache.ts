import type { ExportArticle } from "./types";

type CachedArticle = Omit<ExportArticle, "id">;
export type ArticleFetcher = (ids: string[]) => Promise<Array<CachedArticle & { id: string }>>;

/**
 * Article texts and metadata kept across the batches of one export, first read first
 * out, up to `maxChars` characters of text: each article's text is read about once
 * even though batches (in group id order) may visit articles at random. Sentences are
 * cut from these texts in JavaScript because spans are UTF-16 offsets, which
 * PostgreSQL's substr (code points) does not count. Not least recently used: moving
 * every hit to the end of the map rebuilt its table every few batches (megabytes of
 * garbage per 100k-claim export), and imports create a proposition's claims together,
 * so batches visit articles in runs where the two orders evict alike.
 */
export function articleCache(fetch: ArticleFetcher, maxChars: number) {
  const cache = new Map<string, CachedArticle>();
  let chars = 0;
  return async function articles(ids: string[]): Promise<Map<string, CachedArticle>> {
    // Hits are taken before any await: a concurrent batch may evict them meanwhile.
    const found = new Map<string, CachedArticle>();
    for (const id of ids) {
      const article = cache.get(id);
      if (article) found.set(id, article);
    }
    const missing = [...new Set(ids)].filter((id) => !found.has(id));
    if (missing.length === 0) return found;
    for (const { id, ...article } of await fetch(missing)) {
      found.set(id, article);
      // A concurrent batch may have read it meanwhile.
      if (cache.has(id)) continue;
      cache.set(id, article);
      chars += article.text.length;
    }
    for (const [id, article] of cache) {
      if (chars <= maxChars) break;
      cache.delete(id);
      chars -= article.text.length;
    }
    return found;
  };
}
