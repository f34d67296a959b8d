import { describe, expect, it } from "vitest";
import { articleCache, type ArticleFetcher } from "./article-cache";

const article = (id: string, length = 10) => ({ id, title: id, outlet: null, url: null, author: null, publishedAt: null, language: "fr", text: "x".repeat(length) });

function counting(delay: (ids: string[]) => number = () => 0) {
  const fetched: string[][] = [];
  const fetch: ArticleFetcher = async (ids) => {
    fetched.push(ids);
    await new Promise((resolve) => setTimeout(resolve, delay(ids)));
    return ids.map((id) => article(id));
  };
  return { fetch, fetched };
}

describe("export article cache", () => {
  it("reads each article once while it fits", async () => {
    const { fetch, fetched } = counting();
    const articles = articleCache(fetch, 100);
    expect([...(await articles(["a", "b", "a"])).keys()]).toEqual(["a", "b"]);
    expect([...(await articles(["b", "c"])).keys()]).toEqual(["b", "c"]);
    expect(fetched).toEqual([["a", "b"], ["c"]]);
  });

  it("drops the first read articles beyond its size, and reads them again when needed", async () => {
    const { fetch, fetched } = counting();
    const articles = articleCache(fetch, 20);
    await articles(["a", "b"]);
    await articles(["a"]);
    await articles(["c"]);
    await articles(["b", "c"]);
    await articles(["a", "b"]);
    expect(fetched).toEqual([["a", "b"], ["c"], ["a"]]);
  });

  it("returns every article asked for, even when a concurrent batch evicts it meanwhile", async () => {
    // The first batch waits for "b" while the second, faster, fills the cache and evicts "a".
    const { fetch } = counting((ids) => (ids.includes("b") ? 20 : 1));
    const articles = articleCache(fetch, 10);
    await articles(["a"]);
    const [first, second] = await Promise.all([articles(["a", "b"]), articles(["c", "d"])]);
    expect([...first.keys()].sort()).toEqual(["a", "b"]);
    expect([...second.keys()].sort()).toEqual(["c", "d"]);
  });

  it("leaves out ids the fetcher does not know (another team's)", async () => {
    const articles = articleCache(async (ids) => ids.filter((id) => id !== "foreign").map((id) => article(id)), 100);
    expect([...(await articles(["a", "foreign"])).keys()]).toEqual(["a"]);
  });
});
