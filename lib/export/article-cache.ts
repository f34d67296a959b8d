import type { ExportArticle } from "./types";

export type CachedArticle = Omit<ExportArticle, "id">;
export type ArticleFetcher = (ids: string[]) => Promise<Array<CachedArticle & { id: string }>>;

/**
 * Article texts and metadata kept across the batches of one export, least recently used
 * out first, up to `maxChars` characters of text: each article's text is read about once
 * even though batches (in group id order) visit articles at random. Sentences are cut
 * from these texts in JavaScript because spans are UTF-16 offsets, which PostgreSQL's
 * substr (code points) does not count.
 */
export function articleCache(fetch: ArticleFetcher, maxChars: number) {
  const cache = new Map<string, CachedArticle>();
  let chars = 0;
  const keep = (id: string, article: CachedArticle) => {
    const old = cache.get(id);
    if (old) chars -= old.text.length;
    // Re-inserting moves it to the most recently used end.
    cache.delete(id);
    cache.set(id, article);
    chars += article.text.length;
  };
  return async function articles(ids: string[]): Promise<Map<string, CachedArticle>> {
    // Hits are taken before any await: a concurrent batch may evict them meanwhile.
    const found = new Map<string, CachedArticle>();
    for (const id of ids) {
      const article = cache.get(id);
      if (article) found.set(id, article);
    }
    const missing = [...new Set(ids)].filter((id) => !found.has(id));
    if (missing.length > 0) {
      for (const { id, ...article } of await fetch(missing)) found.set(id, article);
    }
    for (const [id, article] of found) keep(id, article);
    for (const [id, article] of cache) {
      if (chars <= maxChars) break;
      cache.delete(id);
      chars -= article.text.length;
    }
    return found;
  };
}
