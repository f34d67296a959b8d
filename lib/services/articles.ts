import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { analyzeArticleText } from "@/lib/text/analyze";
import { extractFromHtml, extractFromMarkdown, normalizePlainText } from "@/lib/text/html";
import type { ArticleImportInput } from "@/lib/validation/article";
import { recordAudit, type Actor } from "@/lib/services/audit";
import { countClaimKeys, matchingFields } from "@/lib/services/matching";

export function contentHashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** HTML and Markdown are reduced to plain text once; claims point into that text forever. */
function toStoredText(input: ArticleImportInput) {
  if (input.format === "html") {
    const extracted = extractFromHtml(input.text, input.url);
    return { text: extracted.text, language: extracted.language };
  }
  if (input.format === "markdown") return { text: extractFromMarkdown(input.text).text, language: null };
  return { text: normalizePlainText(input.text), language: null };
}

/**
 * Import one article: extract, detect boilerplate, segment into claims (each in its own
 * claim group), all in one transaction, so a failure leaves nothing behind.
 */
export async function importArticle(teamId: string, actor: Actor, input: ArticleImportInput, tx?: Tx) {
  const stored = toStoredText(input);
  const contentHash = contentHashOf(stored.text);
  const analysis = analyzeArticleText({ text: stored.text, title: input.title, language: input.language ?? stored.language ?? undefined });
  const articleId = randomUUID();
  const claims = analysis.claims.map((claim) => ({
    ...claim,
    ...matchingFields(claim.text, analysis.language),
    id: randomUUID(),
    groupId: randomUUID(),
  }));

  const write = async (t: Tx) => {
    // Two imports of one text at once (two editors, a retried job) queue on this lock, so
    // the second one sees the first and is asked, instead of slipping in a duplicate.
    await t.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${teamId}:${contentHash}`}, 0))`;
    if (!input.allowDuplicate) {
      const duplicate = await t.article.findFirst({ where: { teamId, contentHash }, select: { id: true, title: true } });
      if (duplicate) throw new ConflictError("errors.duplicateArticle", { existingArticleId: duplicate.id, existingTitle: duplicate.title });
    }
    await t.article.create({
      data: {
        id: articleId,
        teamId,
        title: input.title,
        outlet: input.outlet,
        url: input.url,
        author: input.author,
        publishedAt: input.publishedAt,
        language: analysis.language,
        text: stored.text,
        originalInput: input.text,
        inputFormat: input.format,
        contentHash,
        importedById: actor.userId,
      },
    });
    await t.boilerplateSpan.createMany({
      data: analysis.boilerplate.map((span) => ({ teamId, articleId, start: span.start, end: span.end, reason: span.reason })),
    });
    await t.claimGroup.createMany({ data: claims.map((claim) => ({ id: claim.groupId, teamId })) });
    await t.claim.createMany({
      data: claims.map((claim) => ({
        id: claim.id,
        teamId,
        articleId,
        groupId: claim.groupId,
        start: claim.start,
        end: claim.end,
        text: claim.text,
        kind: claim.kind,
        checkworthiness: claim.checkworthiness,
        signals: claim.signals,
        features: claim.features,
        anchorKeys: claim.anchorKeys,
        anchorVersion: claim.anchorVersion,
        language: analysis.language,
        createdById: actor.userId,
      })),
    });
    await countClaimKeys(t, teamId, claims.map((claim) => claim.anchorKeys));
    await recordAudit(t, {
      teamId,
      actor,
      entityType: "article",
      entityId: articleId,
      action: "import",
      after: { title: input.title, claims: claims.length, boilerplate: analysis.boilerplate.length },
    });
  };
  if (tx) await write(tx);
  else await db().$transaction(write, { timeout: 30_000 });
  return getArticle(teamId, articleId, tx);
}

export async function listArticles(teamId: string) {
  const articles = await db().article.findMany({
    where: { teamId },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      outlet: true,
      url: true,
      author: true,
      publishedAt: true,
      language: true,
      createdAt: true,
      _count: { select: { claims: { where: { deletedAt: null } } } },
    },
  });
  return articles.map(({ _count, ...article }) => ({ ...article, claimCount: _count.claims }));
}

export async function getArticle(teamId: string, articleId: string, tx?: Tx) {
  const article = await (tx ?? db()).article.findFirst({
    where: { id: articleId, teamId },
    include: {
      boilerplate: { where: { teamId }, orderBy: { start: "asc" } },
      claims: { where: { teamId, deletedAt: null }, orderBy: { start: "asc" } },
    },
  });
  if (!article) throw new NotFoundError();
  return article;
}

/** The reader needs deleted claims too (to restore them), and the article's metadata. */
export async function getArticleForReader(teamId: string, articleId: string) {
  const article = await db().article.findFirst({
    where: { id: articleId, teamId },
    include: {
      boilerplate: { where: { teamId }, orderBy: { start: "asc" } },
      claims: {
        where: { teamId },
        orderBy: { start: "asc" },
        select: { id: true, groupId: true, start: true, end: true, text: true, kind: true, checkworthiness: true, signals: true, deletedAt: true, updatedAt: true },
      },
    },
  });
  if (!article) throw new NotFoundError();
  return article;
}
