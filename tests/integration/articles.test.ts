import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { getArticle, importArticle, listArticles } from "@/lib/services/articles";
import { loadDemoArticles } from "@/lib/services/demo";
import { articleImportSchema } from "@/lib/validation/article";
import { createTestTeam } from "../support/fixtures";

const seed = readFileSync("prisma/demo/articles/001_62fb6a3b0380740b.txt", "utf8");
const input = (text: string, extra: Record<string, unknown> = {}) => articleImportSchema.parse({ title: "Test article", text, ...extra });

describe("article import", () => {
  it("stores the text, its boilerplate and claims whose spans point into it", async () => {
    const { teamId, actor } = await createTestTeam();
    const article = await importArticle(teamId, actor, input(seed, { outlet: "actionrc.fr", publishedAt: "2024-06-19" }));
    expect(article.language).toBe("fr");
    expect(article.claims.length).toBeGreaterThan(10);
    expect(article.boilerplate.length).toBeGreaterThan(0);
    for (const claim of article.claims) expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
    for (const span of article.boilerplate) {
      expect(article.claims.some((claim) => claim.start < span.end && span.start < claim.end)).toBe(false);
    }
    const groups = await db().claimGroup.count({ where: { teamId } });
    expect(groups).toBe(article.claims.length);
    const audit = await db().auditEvent.findMany({ where: { teamId, entityId: article.id } });
    expect(audit.map((event) => event.action)).toEqual(["import"]);
  });

  it("refuses the same text twice unless the editor confirms", async () => {
    const { teamId, actor } = await createTestTeam();
    const first = await importArticle(teamId, actor, input("Le ministre a annoncé 12 mesures le 3 mai 2024."));
    await expect(importArticle(teamId, actor, input("Le ministre a annoncé 12 mesures le 3 mai 2024."))).rejects.toMatchObject({
      constructor: ConflictError,
      details: { existingArticleId: first.id },
    });
    const second = await importArticle(teamId, actor, input("Le ministre a annoncé 12 mesures le 3 mai 2024.", { allowDuplicate: true }));
    expect(second.id).not.toBe(first.id);
    expect(await listArticles(teamId)).toHaveLength(2);
  });

  it("keeps teams apart: another team's article is not found", async () => {
    const alpha = await createTestTeam("Alpha");
    const beta = await createTestTeam("Beta");
    const article = await importArticle(alpha.teamId, alpha.actor, input("Le port a accueilli 3 000 navires en 2023."));
    await expect(getArticle(beta.teamId, article.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listArticles(beta.teamId)).toHaveLength(0);
  });

  it("leaves nothing behind when a write fails midway", async () => {
    const { teamId, actor } = await createTestTeam();
    // A real failure inside the transaction: the database refuses one claim row.
    await db().$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_refuse_claim() RETURNS trigger AS $$
      BEGIN
        IF NEW.text LIKE '%REFUSE-ME%' THEN RAISE EXCEPTION 'refused by test trigger'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db().$executeRawUnsafe(`CREATE TRIGGER test_refuse_claim BEFORE INSERT ON "Claim" FOR EACH ROW EXECUTE FUNCTION test_refuse_claim()`);
    try {
      await expect(
        importArticle(teamId, actor, input("Le maire a promis 40 logements en 2025. Le budget atteint REFUSE-ME 2 millions d'euros.")),
      ).rejects.toThrow();
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER test_refuse_claim ON "Claim"`);
      await db().$executeRawUnsafe(`DROP FUNCTION test_refuse_claim()`);
    }
    expect(await db().article.count({ where: { teamId } })).toBe(0);
    expect(await db().boilerplateSpan.count({ where: { teamId } })).toBe(0);
    expect(await db().claimGroup.count({ where: { teamId } })).toBe(0);
    expect(await db().auditEvent.count({ where: { teamId } })).toBe(0);
  });

  it("loads the five demo articles once, whatever the number of runs", async () => {
    const { teamId, actor } = await createTestTeam("Demo");
    expect(await loadDemoArticles(teamId, actor)).toEqual({ imported: 5, total: 5 });
    expect(await loadDemoArticles(teamId, actor)).toEqual({ imported: 0, total: 5 });
    const articles = await listArticles(teamId);
    expect(articles).toHaveLength(5);
    for (const summary of articles) {
      const article = await getArticle(teamId, summary.id);
      expect(article.outlet).toBeTruthy();
      for (const claim of article.claims) expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
    }
  });

  it("rejects bad input with a message per field", () => {
    const result = articleImportSchema.safeParse({ title: "", text: "  ", url: "ftp://x", publishedAt: "19/06/2024", extra: 1 });
    expect(result.success).toBe(false);
    const fields = new Set(result.error?.issues.map((issue) => issue.path.join(".") || "_"));
    expect([...fields].sort()).toEqual(["_", "publishedAt", "text", "title", "url"]);
  });
});
