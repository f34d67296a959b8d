import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { contentHashOf } from "@/lib/services/articles";
import { recordAuditMany, type Actor } from "@/lib/services/audit";
import { countClaimKeys, matchingFields } from "@/lib/services/matching";
import { scoreCheckworthiness } from "@/lib/text/checkworthiness";
import type { ExportFile } from "@/lib/validation/export";

// createMany in slices: PostgreSQL takes at most 65,535 bind parameters per statement.
const CHUNK = 1000;

export type JsonImportOptions = {
  /** Import articles whose text the team already has (otherwise 409). */
  allowDuplicates?: boolean;
  /** The whole file is one transaction; a 100k-claim file needs minutes, not seconds. */
  timeoutMs?: number;
};

export type JsonImportSummary = { articles: number; groups: number; claims: number; evidence: number; contradictions: number; reviewersNotFound: number };

async function createInChunks<T>(rows: T[], create: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await create(rows.slice(i, i + CHUNK));
}

/** A verdict's reviewer is a member of the target team: same user id, else the one member with that name. */
async function reviewerMatcher(tx: Tx, teamId: string) {
  const members = (await tx.membership.findMany({ where: { teamId }, select: { user: { select: { id: true, name: true } } } })).map((m) => m.user);
  return (reviewer: { id: string; name: string } | null): string | null => {
    if (!reviewer) return null;
    if (members.some((member) => member.id === reviewer.id)) return reviewer.id;
    const named = members.filter((member) => member.name === reviewer.name);
    return named.length === 1 ? named[0]!.id : null;
  };
}

/**
 * Recreates a claimdesk.claims file (validated by exportFileSchema) in a team: articles
 * with their text and metadata, claims with their spans, groups with their verdicts,
 * evidence and contradictions; every id is new. All of it in one transaction: a file
 * is imported whole or not at all. Contradictions with groups outside the file and
 * evidence citing claims outside it lose that link.
 */
export async function importExportFile(teamId: string, actor: Actor, file: ExportFile, options: JsonImportOptions = {}): Promise<JsonImportSummary> {
  const newId = new Map<string, string>();
  const idFor = (oldId: string) => newId.get(oldId) ?? newId.set(oldId, randomUUID()).get(oldId)!;
  const articleById = new Map(file.articles.map((article) => [article.id, article]));

  // The CPU work (hashes, matching features) before the transaction opens.
  const articles = file.articles.map((article) => ({
    id: idFor(`article:${article.id}`), teamId, title: article.title, outlet: article.outlet, url: article.url, author: article.author,
    publishedAt: article.publishedAt ? new Date(article.publishedAt) : null, language: article.language,
    text: article.text, originalInput: article.text, inputFormat: "text", contentHash: contentHashOf(article.text), importedById: actor.userId,
  }));
  const claims = file.claims.flatMap((group) =>
    group.sources.map((source) => {
      const language = articleById.get(source.articleId)!.language;
      const { score, signals } = scoreCheckworthiness(source.text, language);
      return {
        id: idFor(`claim:${source.claimId}`), teamId, articleId: idFor(`article:${source.articleId}`), groupId: idFor(`group:${group.groupId}`),
        start: source.start, end: source.end, text: source.text, checkworthiness: score, signals, language, createdById: actor.userId,
        ...matchingFields(source.text, language),
      };
    }),
  );
  const inFile = new Set(file.claims.map((group) => group.groupId));
  const pairs = new Map<string, { fromGroupId: string; toGroupId: string }>();
  for (const group of file.claims) {
    for (const other of group.contradicts) {
      if (!inFile.has(other.groupId)) continue;
      // Each side lists the other: one relation per pair.
      const key = [group.groupId, other.groupId].sort().join(" ");
      if (!pairs.has(key)) pairs.set(key, { fromGroupId: idFor(`group:${group.groupId}`), toGroupId: idFor(`group:${other.groupId}`) });
    }
  }
  const claimInFile = new Set(file.claims.flatMap((group) => group.sources.map((source) => source.claimId)));

  return db().$transaction(
    async (tx) => {
      if (!(await tx.team.findFirst({ where: { id: teamId }, select: { id: true } }))) throw new NotFoundError();
      if (!options.allowDuplicates && articles.length > 0) {
        const existing = await tx.article.findMany({ where: { teamId, contentHash: { in: articles.map((a) => a.contentHash) } }, select: { id: true, title: true } });
        if (existing.length > 0) throw new ConflictError("export.errors.importDuplicates", { existingArticles: existing });
      }
      const reviewerOf = await reviewerMatcher(tx, teamId);
      let reviewersNotFound = 0;
      const groups = file.claims.map((group) => {
        const decidedById = reviewerOf(group.reviewer);
        if (group.reviewer && !decidedById) reviewersNotFound += 1;
        return {
          id: idFor(`group:${group.groupId}`), teamId, status: group.status, rationale: group.rationale,
          decidedById, decidedAt: group.decidedAt ? new Date(group.decidedAt) : null,
        };
      });
      const evidence = file.claims.flatMap((group) =>
        group.evidence.map((item) => ({
          teamId, groupId: idFor(`group:${group.groupId}`), kind: item.kind, stance: item.stance, url: item.url, title: item.title,
          outlet: item.outlet, note: item.note, createdById: actor.userId, createdAt: new Date(item.addedAt),
          linkedClaimId: item.linkedClaimId && claimInFile.has(item.linkedClaimId) ? idFor(`claim:${item.linkedClaimId}`) : null,
        })),
      );

      await createInChunks(articles, (data) => tx.article.createMany({ data }));
      await createInChunks(groups, (data) => tx.claimGroup.createMany({ data }));
      await createInChunks(claims, (data) => tx.claim.createMany({ data }));
      await countClaimKeys(tx, teamId, claims.map((claim) => claim.anchorKeys));
      await createInChunks(evidence, (data) => tx.evidence.createMany({ data }));
      await createInChunks([...pairs.values()], (data) =>
        tx.groupRelation.createMany({ data: data.map((pair) => ({ ...pair, teamId, kind: "contradicts", createdById: actor.userId })) }),
      );
      const perArticle = new Map<string, number>();
      for (const claim of claims) perArticle.set(claim.articleId, (perArticle.get(claim.articleId) ?? 0) + 1);
      await recordAuditMany(
        tx,
        articles.map((article) => ({
          teamId, actor, entityType: "article" as const, entityId: article.id, action: "import-json",
          after: { title: article.title, claims: perArticle.get(article.id) ?? 0, fromTeam: file.team.name, generatedAt: file.generatedAt },
        })),
      );
      return { articles: articles.length, groups: groups.length, claims: claims.length, evidence: evidence.length, contradictions: pairs.size, reviewersNotFound };
    },
    { timeout: options.timeoutMs ?? 60_000, maxWait: 10_000 },
  );
}
