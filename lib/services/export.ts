import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { claimReviewDocument } from "@/lib/export/claimreview";
import { csvDocument, type CsvOptions } from "@/lib/export/csv";
import { jsonDocument } from "@/lib/export/json";
import { articleCache } from "@/lib/export/article-cache";
import { compareCodePoints, compareEvidence, compareSources, groupBy } from "@/lib/export/order";
import type { ExportArticle, ExportEvidence, ExportFilters, ExportFormat, ExportRow, ExportSource, ExportStatus, ExportTeam } from "@/lib/export/types";

// Exports stream: propositions (claim groups) are read in keyset batches by id, so
// memory stays flat whatever the team's size.
export const GROUP_BATCH = 500;
// Batches loading at once: 2 keeps PostgreSQL busy without taking the pool (3 connections).
const PIPELINE = 2;
// ~24 MB at most: every article of a 100k-claim team fits; a bigger team rereads some.
const ARTICLE_CACHE_CHARS = 12_000_000;
// Articles carry their whole text (up to 400k characters): small batches.
const ARTICLE_BATCH = 25;

const dayStart = (day: string) => `${day}T00:00:00.000`;
const nextDayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 23);

/** Conditions on a live statement `c` (see ExportFilters). */
function claimWhere(teamId: string, f: ExportFilters): Prisma.Sql {
  const parts = [Prisma.sql`c."teamId" = ${teamId}`, Prisma.sql`c."deletedAt" IS NULL`];
  if (f.articleId) parts.push(Prisma.sql`c."articleId" = ${f.articleId}`);
  if (f.assignee === "none") parts.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (f.assignee) parts.push(Prisma.sql`c."assigneeId" = ${f.assignee}`);
  if (f.minCheckworthiness !== undefined) parts.push(Prisma.sql`c.checkworthiness >= ${f.minCheckworthiness}`);
  return Prisma.join(parts, " AND ");
}

/** Conditions on the statement's article `a`, or null when no filter needs the article. */
function articleWhere(teamId: string, f: ExportFilters): Prisma.Sql | null {
  const parts: Prisma.Sql[] = [];
  // Case-insensitive, as in the review queue.
  if (f.outlet) parts.push(Prisma.sql`lower(a.outlet) = lower(${f.outlet})`);
  if (f.language) parts.push(Prisma.sql`a.language = ${f.language}`);
  if (f.from) parts.push(Prisma.sql`a."publishedAt" >= ${dayStart(f.from)}::timestamp`);
  if (f.to) parts.push(Prisma.sql`a."publishedAt" < ${nextDayStart(f.to)}::timestamp`);
  return parts.length > 0 ? Prisma.join([Prisma.sql`a."teamId" = ${teamId}`, ...parts], " AND ") : null;
}

/** `FROM "Claim" c … WHERE` the statement filters: the article is joined only when filtered on (it is the costly part). */
function statementsFrom(teamId: string, f: ExportFilters): Prisma.Sql {
  const onArticle = articleWhere(teamId, f);
  return onArticle
    ? Prisma.sql`"Claim" c JOIN "Article" a ON a.id = c."articleId" WHERE ${claimWhere(teamId, f)} AND ${onArticle}`
    : Prisma.sql`"Claim" c WHERE ${claimWhere(teamId, f)}`;
}

/** Conditions on the verdict of group `g`. */
function verdictWhere(teamId: string, f: ExportFilters): Prisma.Sql {
  const parts = [Prisma.sql`g."teamId" = ${teamId}`, Prisma.sql`g.status = ANY(${f.status}::"VerdictStatus"[])`];
  if (f.decidedFrom) parts.push(Prisma.sql`g."decidedAt" >= ${dayStart(f.decidedFrom)}::timestamp`);
  if (f.decidedTo) parts.push(Prisma.sql`g."decidedAt" < ${nextDayStart(f.decidedTo)}::timestamp`);
  return Prisma.join(parts, " AND ");
}

// compareSources (lib/export/order.ts) in SQL: "C" is code point order.
const SOURCE_ORDER = Prisma.sql`a."publishedAt" ASC NULLS LAST, a.title COLLATE "C", a.url COLLATE "C" ASC NULLS LAST, c.start, c.text COLLATE "C", c.id COLLATE "C"`;

export async function getExportTeam(teamId: string): Promise<ExportTeam> {
  const team = await db().team.findFirst({ where: { id: teamId }, select: { id: true, name: true, publicationBaseUrl: true } });
  if (!team) throw new NotFoundError();
  return team;
}

/** How many propositions and statements an export with these filters holds. */
export async function countExport(teamId: string, filters: ExportFilters) {
  const [row] = await db().$queryRaw<Array<{ groups: number; claims: number }>>`
    SELECT count(DISTINCT g.id)::int AS groups, count(*)::int AS claims
    FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" JOIN "ClaimGroup" g ON g.id = c."groupId"
    WHERE ${claimWhere(teamId, filters)} AND ${articleWhere(teamId, filters) ?? Prisma.sql`TRUE`} AND ${verdictWhere(teamId, filters)}`;
  return row ?? { groups: 0, claims: 0 };
}

// A batch is one query returning a single row of JSON texts (groups, statements,
// evidence, reviewers, contradictions): PostgreSQL builds them, the client parses five
// strings instead of Prisma mapping thousands of rows, which took most of the time
// (measured at 100k claims: about 20 s with one Prisma query per kind of row, 5 s so).
type GroupJson = [id: string, status: ExportStatus, rationale: string | null, decidedAt: string | null, decidedById: string | null];
type ClaimJson = [groupId: string, claimId: string, articleId: string, text: string, start: number, end: number];
type EvidenceJson = [groupId: string, kind: ExportEvidence["kind"], stance: ExportEvidence["stance"], url: string | null, title: string | null,
  outlet: string | null, note: string | null, linkedClaimId: string | null, createdAt: string];
type BatchSql = { groups: string | null; claims: string | null; evidence: string | null; reviewers: string | null; contradicts: string | null };

// JSON renders timestamp(3) columns without a zone; Prisma stores them in UTC.
const utc = (value: string) => new Date(`${value}Z`);
const parse = <T>(json: string | null): T[] => (json ? (JSON.parse(json) as T[]) : []);

/**
 * The next page of exported group ids (keyset on id). Only ids: it is cheap, so pages
 * are found quickly and their rows loaded concurrently (loadRows).
 */
async function nextIds(teamId: string, filters: ExportFilters, after: string, limit: number): Promise<string[]> {
  // Walks the team's (teamId, groupId) claim index: ClaimGroup has no index starting
  // with teamId, and its primary key interleaves every team's groups. The verdict is a
  // correlated subquery, which the planner cannot turn into a merge join that would
  // reread the groups from the first one at every page.
  const [page] = await db().$queryRaw<Array<{ ids: string | null }>>`
    SELECT json_agg(id ORDER BY id)::text AS ids FROM (
      SELECT c."groupId" AS id FROM ${statementsFrom(teamId, filters)} AND c."groupId" > ${after}
        AND (SELECT true FROM "ClaimGroup" g WHERE g.id = c."groupId" AND ${verdictWhere(teamId, filters)})
      GROUP BY c."groupId" ORDER BY c."groupId" LIMIT ${limit}
    ) page`;
  return parse<string>(page?.ids ?? null);
}

/** The rows of these groups (in id order), verdict filters applied again: a verdict may change meanwhile. */
async function loadRows(teamId: string, filters: ExportFilters, groupIds: string[], articles: ReturnType<typeof articleCache>): Promise<ExportRow[]> {
  // Statements and evidence by `= ANY(…)`: the planner looks the batch's ids up in the
  // (teamId, groupId) indexes. Relations have no index on toGroupId: a hash of the ids.
  const [batch] = await db().$queryRaw<BatchSql[]>`
    WITH g AS (
      SELECT g.id, g.status, g.rationale, g."decidedAt", g."decidedById" FROM "ClaimGroup" g
      WHERE ${verdictWhere(teamId, filters)} AND g.id = ANY(${groupIds}::text[])
    ), pairs AS (
      SELECT "fromGroupId" AS own, "toGroupId" AS other FROM "GroupRelation"
      WHERE "teamId" = ${teamId} AND kind = 'contradicts' AND "fromGroupId" IN (SELECT id FROM g)
      UNION
      SELECT "toGroupId", "fromGroupId" FROM "GroupRelation"
      WHERE "teamId" = ${teamId} AND kind = 'contradicts' AND "toGroupId" IN (SELECT id FROM g)
    )
    SELECT
      (SELECT json_agg(json_build_array(g.id, g.status, g.rationale, g."decidedAt", g."decidedById") ORDER BY g.id) FROM g)::text AS groups,
      (SELECT json_agg(json_build_array(c."groupId", c.id, c."articleId", c.text, c.start, c."end"))
        FROM ${statementsFrom(teamId, filters)} AND c."groupId" = ANY(${groupIds}::text[]))::text AS claims,
      (SELECT json_agg(json_build_array(e."groupId", e.kind, e.stance, e.url, e.title, e.outlet, e.note, e."linkedClaimId", e."createdAt"))
        FROM "Evidence" e WHERE e."teamId" = ${teamId} AND e."groupId" = ANY(${groupIds}::text[]))::text AS evidence,
      -- Names of members only, as everywhere else in the app.
      (SELECT json_agg(json_build_array(u.id, u.name)) FROM "User" u
        WHERE u.id IN (SELECT "decidedById" FROM g) AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."teamId" = ${teamId} AND m."userId" = u.id))::text AS reviewers,
      (SELECT json_agg(json_build_array(p.own, p.other, t.text)) FROM pairs p
        CROSS JOIN LATERAL (
          SELECT c.text FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
          WHERE c."teamId" = ${teamId} AND c."groupId" = p.other AND c."deletedAt" IS NULL
          ORDER BY ${SOURCE_ORDER} LIMIT 1
        ) t)::text AS contradicts`;
  const groups = parse<GroupJson>(batch?.groups ?? null);
  const claims = parse<ClaimJson>(batch!.claims);
  const article = await articles(claims.map((claim) => claim[2]));
  const sourcesOf = groupBy(claims, (claim) => claim[0]);
  const evidenceOf = groupBy(parse<EvidenceJson>(batch!.evidence), (item) => item[0]);
  const contradictsOf = groupBy(parse<[string, string, string]>(batch!.contradicts), (pair) => pair[0]);
  const reviewerOf = new Map(parse<[string, string]>(batch!.reviewers));

  const rows: ExportRow[] = [];
  for (const [id, status, rationale, decidedAt, decidedById] of groups) {
    const sources = (sourcesOf.get(id) ?? []).flatMap(([, claimId, articleId, text, start, end]): ExportSource[] => {
      const source = article.get(articleId);
      if (!source) return [];
      const { text: articleText, ...meta } = source;
      return [{ claimId, articleId, text, start, end, sentence: articleText.slice(start, end), ...meta }];
    }).sort(compareSources);
    // A statement deleted or edited away between the reads can leave a group with none.
    if (sources.length === 0) continue;
    rows.push({
      groupId: id,
      text: sources[0]!.text,
      status,
      rationale,
      reviewer: decidedById && reviewerOf.has(decidedById) ? { id: decidedById, name: reviewerOf.get(decidedById)! } : null,
      decidedAt: decidedAt ? utc(decidedAt) : null,
      evidence: (evidenceOf.get(id) ?? [])
        .map(([, kind, stance, url, title, outlet, note, linkedClaimId, createdAt]) => ({ kind, stance, url, title, outlet, note, linkedClaimId, addedAt: utc(createdAt) }))
        .sort(compareEvidence),
      contradicts: (contradictsOf.get(id) ?? [])
        .map(([, groupId, text]) => ({ groupId, text }))
        .sort((a, b) => compareCodePoints(a.text, b.text) || compareCodePoints(a.groupId, b.groupId)),
      sources,
    });
  }
  return rows;
}

export type BatchOptions = { batchSize?: number; /** Article text kept in memory, in characters. */ cacheChars?: number };

/**
 * The export's rows, batch after batch, in group id order. Up to PIPELINE batches load
 * at once (PostgreSQL works on them while the caller writes the previous one); memory
 * stays at a few batches whatever the export's size.
 */
export async function* exportRowBatches(teamId: string, filters: ExportFilters, options: BatchOptions = {}): AsyncGenerator<ExportRow[]> {
  const { batchSize = GROUP_BATCH, cacheChars = ARTICLE_CACHE_CHARS } = options;
  const articles = articleCache(
    (ids) => db().article.findMany({
      where: { teamId, id: { in: ids } },
      select: { id: true, title: true, outlet: true, url: true, author: true, publishedAt: true, language: true, text: true },
    }),
    cacheChars,
  );
  const loading: Array<Promise<ExportRow[]>> = [];
  let after = "";
  let more = true;
  for (;;) {
    while (more && loading.length < PIPELINE) {
      const ids = await nextIds(teamId, filters, after, batchSize);
      more = ids.length === batchSize;
      if (ids.length === 0) break;
      after = ids.at(-1)!;
      const rows = loadRows(teamId, filters, ids, articles);
      // Awaited below; this only spares the process an unhandled rejection when the
      // caller stops early (client gone) while a batch is still loading.
      rows.catch(() => {});
      loading.push(rows);
    }
    const next = loading.shift();
    if (!next) return;
    const rows = await next;
    if (rows.length > 0) yield rows;
  }
}

/** These articles of the team with their full text, in the given order, a few at a time. */
export async function* exportArticlesById(teamId: string, ids: string[], batchSize = ARTICLE_BATCH): AsyncGenerator<ExportArticle[]> {
  for (let i = 0; i < ids.length; i += batchSize) {
    const chunk = ids.slice(i, i + batchSize);
    const articles = await db().article.findMany({
      where: { teamId, id: { in: chunk } },
      select: { id: true, title: true, outlet: true, url: true, author: true, publishedAt: true, language: true, text: true },
    });
    const byId = new Map(articles.map((article) => [article.id, article]));
    yield chunk.flatMap((id) => byId.get(id) ?? []);
  }
}

export type ExportDocumentOptions = {
  format: ExportFormat;
  csv?: CsvOptions;
  /** ClaimReview's textual ratings, in the export's language. */
  ratingNames: Readonly<Record<ExportStatus, string>>;
  generatedAt?: Date;
} & BatchOptions;

/**
 * A whole export as a lazy sequence of text chunks. The team is read first, so an
 * unknown team fails before a byte is sent; the rows are read as the chunks are pulled.
 */
export async function exportDocument(teamId: string, filters: ExportFilters, options: ExportDocumentOptions) {
  const team = await getExportTeam(teamId);
  const rows = () => exportRowBatches(teamId, filters, options);
  const chunks =
    options.format === "csv"
      ? csvDocument(rows(), options.csv ?? { excel: false, delimiter: "," })
      : options.format === "json"
        ? jsonDocument({ team, filters, generatedAt: options.generatedAt ?? new Date() }, rows(), (ids) => exportArticlesById(teamId, ids))
        : claimReviewDocument(rows(), { team, ratingNames: options.ratingNames });
  return { team, chunks };
}

/** The first `limit` rows (the printable report), and whether there were more. */
export async function exportRowsUpTo(teamId: string, filters: ExportFilters, limit: number) {
  const rows: ExportRow[] = [];
  // One row more than asked: it tells whether the report is cut.
  for await (const batch of exportRowBatches(teamId, filters, { batchSize: Math.min(GROUP_BATCH, limit + 1) })) {
    rows.push(...batch);
    if (rows.length > limit) break;
  }
  return { rows: rows.slice(0, limit), truncated: rows.length > limit };
}

/** What the export page offers to filter on. */
export async function exportFilterChoices(teamId: string) {
  const [articles, members] = await Promise.all([
    db().article.findMany({
      where: { teamId },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { title: "asc" }],
      select: { id: true, title: true, outlet: true, language: true, publishedAt: true },
    }),
    db().membership.findMany({ where: { teamId }, orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, name: true } } } }),
  ]);
  const byLower = new Map(articles.flatMap((a) => (a.outlet?.trim() ? [[a.outlet.trim().toLowerCase(), a.outlet.trim()] as const] : [])));
  return {
    articles: articles.map(({ language: _language, ...article }) => article),
    outlets: [...byLower.values()].sort((a, b) => a.localeCompare(b)),
    languages: [...new Set(articles.map((a) => a.language))].sort(),
    members: members.map((member) => member.user),
  };
}
