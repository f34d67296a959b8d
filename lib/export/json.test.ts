import { describe, expect, it } from "vitest";
import { exportFileSchema } from "@/lib/validation/export";
import { JSON_FORMAT, JSON_VERSION, jsonDocument } from "./json";
import { collect } from "./stream";
import { row, source } from "./test-rows";
import type { ExportArticle, ExportRow } from "./types";

const ARTICLE_TEXT = `${"x".repeat(10)}Le maire a annoncé « 40 logements » à Lyon.`;
const article: ExportArticle = {
  id: "article-1", title: "Lyon : l’annonce du maire", outlet: "Le Progrès", url: "https://www.leprogres.fr/lyon/annonce",
  author: "Anne Dupré", publishedAt: new Date("2024-06-18T00:00:00Z"), language: "fr", text: ARTICLE_TEXT,
};
const meta = {
  team: { id: "team-1", name: "Rédaction « démo »", publicationBaseUrl: null },
  generatedAt: new Date("2026-11-23T10:00:00Z"),
  filters: { status: ["disputed" as const, "corroborated" as const], outlet: "Le Progrès" },
};

async function* batches<T>(...lists: T[][]) {
  yield* lists;
}

/** The writer asks for the articles its claims name: the fake returns those it has. */
const document = (articles: ExportArticle[][], rows: ExportRow[][]) =>
  collect(jsonDocument(meta, batches(...rows), (ids) => batches(...articles.map((list) => list.filter((a) => ids.includes(a.id))))));

describe("JSON export", () => {
  it("writes the documented shape, every key present, in a fixed order", async () => {
    const text = await document([[article]], [[row()], [row({ groupId: "group-2", status: "disputed", reviewer: null, decidedAt: null, evidence: [], contradicts: [{ groupId: "group-1", text: "Autre" }] })]]);
    const file = JSON.parse(text);
    expect(Object.keys(file)).toEqual(["format", "version", "team", "generatedAt", "filters", "claims", "articles"]);
    expect(file.format).toBe(JSON_FORMAT);
    expect(file.version).toBe(JSON_VERSION);
    expect(file.generatedAt).toBe("2026-11-23T10:00:00.000Z");
    expect(file.filters).toEqual({
      status: ["corroborated", "disputed"], articleId: null, outlet: "Le Progrès", language: null, assignee: null,
      minCheckworthiness: null, from: null, to: null, decidedFrom: null, decidedTo: null,
    });
    expect(Object.keys(file.articles[0])).toEqual(["id", "title", "outlet", "url", "author", "publishedAt", "language", "text"]);
    expect(file.claims).toHaveLength(2);
    expect(Object.keys(file.claims[0])).toEqual(["groupId", "text", "status", "rationale", "reviewer", "decidedAt", "evidence", "contradicts", "sources"]);
    expect(Object.keys(file.claims[0].sources[0])).toEqual(["claimId", "articleId", "text", "start", "end", "sentence", "title", "outlet", "url", "publishedAt"]);
    expect(file.claims[0].evidence[0]).toEqual({
      kind: "link", stance: "supports", url: "https://www.rhone.gouv.fr/communique", title: "Communiqué « logements »",
      outlet: "Préfecture", note: null, linkedClaimId: null, addedAt: "2024-06-20T09:00:00.000Z",
    });
    expect(file.claims[1]).toMatchObject({ reviewer: null, decidedAt: null, evidence: [], contradicts: [{ groupId: "group-1", text: "Autre" }] });
  });

  it("passes its own import schema, which checks that sentences match the article text", async () => {
    const file = JSON.parse(await document([[article]], [[row()]]));
    expect(exportFileSchema.safeParse(file).success).toBe(true);
    file.claims[0].sources[0].sentence = "Le maire a annoncé 40 logements à Lyon.";
    const result = exportFileSchema.safeParse(file);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["claims.0.sources.0.sentence", "export.errors.fileSpanMismatch"]]);
    file.claims[0].sources[0].articleId = "missing";
    expect(exportFileSchema.safeParse(file).error?.issues[0]?.message).toBe("export.errors.fileUnknownArticle");
  });

  it("keeps accents, « » and the team's name byte for byte, one item per line", async () => {
    const text = await document([[article]], [[row()]]);
    expect(text).toContain("Rédaction « démo »");
    expect(text).toContain("Le maire a annoncé « 40 logements » à Lyon.");
    expect(JSON.parse(text).articles[0].text).toBe(ARTICLE_TEXT);
    expect(text.split("\n").filter((line) => line.startsWith('{"groupId"'))).toHaveLength(1);
  });

  it("lists each article its claims point into, once, and asks for no other", async () => {
    const asked: string[][] = [];
    const other = { ...article, id: "article-0" };
    const rows = [[row(), row({ groupId: "group-2", sources: [source({ claimId: "c2", articleId: "article-0" }), source({ claimId: "c3" })] })]];
    const text = await collect(
      jsonDocument(meta, batches(...rows), (ids) => {
        asked.push(ids);
        return batches([other, article]);
      }),
    );
    expect(asked).toEqual([["article-0", "article-1"]]);
    expect(JSON.parse(text).articles.map((a: { id: string }) => a.id)).toEqual(["article-0", "article-1"]);
  });

  it("is valid JSON when nothing matches, and when batches are empty", async () => {
    const file = JSON.parse(await document([[]], [[], []]));
    expect(file.articles).toEqual([]);
    expect(file.claims).toEqual([]);
    expect(exportFileSchema.safeParse(file).success).toBe(true);
  });

  it("is refused when a link is not http(s) or evidence lacks what its kind stands on", async () => {
    const file = JSON.parse(await document([[article]], [[row({ sources: [source()] })]]));
    expect(exportFileSchema.safeParse(file).success).toBe(true);
    const evidence = { kind: "link", stance: "supports", url: "javascript:alert(1)", title: null, outlet: null, note: null, linkedClaimId: null, addedAt: "2024-06-18T10:00:00.000Z" };
    const paths = (candidate: unknown) => exportFileSchema.safeParse(candidate).error?.issues.map((issue) => issue.path.join("."));
    expect(paths({ ...file, articles: [{ ...file.articles[0], url: "data:text/html,x" }] })).toEqual(["articles.0.url"]);
    expect(paths({ ...file, claims: [{ ...file.claims[0], evidence: [evidence] }] })).toEqual(["claims.0.evidence.0.url"]);
    expect(paths({ ...file, claims: [{ ...file.claims[0], evidence: [{ ...evidence, url: null }] }] })).toEqual(["claims.0.evidence.0.url"]);
    expect(paths({ ...file, claims: [{ ...file.claims[0], evidence: [{ ...evidence, kind: "note", url: null, note: " " }] }] })).toEqual(["claims.0.evidence.0.note"]);
  });

  it("is refused when it is another format or version", async () => {
    const file = JSON.parse(await document([[article]], [[row({ sources: [source()] })]]));
    expect(exportFileSchema.safeParse({ ...file, version: 2 }).error?.issues[0]?.message).toBe("export.errors.fileVersion");
    expect(exportFileSchema.safeParse({ ...file, format: "other" }).error?.issues[0]?.message).toBe("export.errors.fileFormat");
  });
});
