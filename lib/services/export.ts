import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db, dbPool } from "@/lib/db";
import { claimReviewDocument } from "@/lib/export/claimreview";
import { csvDocument, type CsvOptions } from "@/lib/export/csv";
import { jsonDocument } from "@/lib/export/json";
import { articleCache } from "@/lib/export/article-cache";
import { compareCodePoints, compareEvidence, compareSources, groupBy } from "@/lib/export/order";
import type { ExportArticle, ExportEvidence, ExportFilters, ExportFormat, ExportRow, ExportSource, ExportStatus, ExportTeam } from "@/lib/export/types";
import { listTeammates } from "@/lib/services/queue";
import { getTeam } from "@/lib/services/teams";

// Exports stream: propositions (claim groups) are read in keyset batches by id, so
// memory stays flat whatever the team's size.
const GROUP_BATCH = 500;
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

/** `"Claim" c`, joined to its article `a` only when filtered on (it is the costly part). */
function statementsJoin(teamId: string, f: ExportFilters): Prisma.Sql {
  return articleWhere(teamId, f) ? Prisma.sql`"Claim" c JOIN "Article" a ON a.id = c."articleId"` : Prisma.sql`"Claim" c`;
}

/** The statement filters on `c` (and `a` when statementsJoin joined it). */
function statementsWhere(teamId: string, f: ExportFilters): Prisma.Sql {
  const onArticle = articleWhere(teamId, f);
  return onArticle ? Prisma.sql`${claimWhere(teamId, f)} AND ${onArticle}` : claimWhere(teamId, f);
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

/** How many propositions and statements an export with these filters holds. */
export async function countExport(teamId: string, filters: ExportFilters) {
  const [row] = await db().$queryRaw<Array<{ groups: number; claims: number }>>`
    SELECT count(DISTINCT g.id)::int AS groups, count(*)::int AS claims
    FROM ${statementsJoin(teamId, filters)} JOIN "ClaimGroup" g ON g.id = c."groupId"
    WHERE ${statementsWhere(teamId, filters)} AND ${verdictWhere(teamId, filters)}`;
  return row ?? { groups: 0, claims: 0 };
}

// A batch is one query: it finds the next page of groups (keyset on id) and returns a
// single row of JSON texts (groups with their statements, evidence, reviewers, contradictions).
// PostgreSQL builds them and the client parses four strings instead of mapping
// thousands of rows (measured at 100k claims: about 20 s with one Prisma query per kind
// of row, 5 s with JSON). One query rather than "ids, then rows" spares a round trip and
// sending 500 ids back as a parameter, whose encoding through Prisma's query compiler
// cost ~0.7 s per 100k-claim export.
type VerdictJson = [status: ExportStatus, rationale: string | null, decidedAt: string | null, decidedById: string | null];
type ClaimJson = [claimId: string, articleId: string, text: string, start: number, end: number];
type GroupJson = [id: string, verdict: VerdictJson, claims: ClaimJson[]];
type EvidenceJson = [groupId: string, kind: ExportEvidence["kind"], stance: ExportEvidence["stance"], url: string | null, title: string | null,
  outlet: string | null, note: string | null, linkedClaimId: string | null, createdAt: string];
type BatchSql = { groups: string | null; evidence: string | null; reviewers: string | null; contradicts: string | null };
type Batch = { groups: GroupJson[]; evidence: EvidenceJson[]; reviewers: Array<[string, string]>; contradicts: Array<[string, string, string]> };

// JSON renders timestamp(3) columns without a zone; Prisma stores them in UTC.
const utc = (value: string) => new Date(`${value}Z`);
const parse = <T>(json: string | null): T[] => (json ? (JSON.parse(json) as T[]) : []);

/** The next `limit` exported groups after `after` (in id order), with all their rows. */
async function loadBatch(teamId: string, filters: ExportFilters, after: string, limit: number): Promise<Batch> {
  // The page walks the team's (teamId, groupId) claim index in order, aggregating each
  // group's statements as it goes, and stops after `limit` groups: ClaimGroup has no
  // index starting with teamId, and its primary key interleaves every team's groups.
  // Each statement's verdict is looked up by a LATERAL kept as a nested loop by OFFSET 0
  // (pulled up into a join, the planner may prefer a hash or merge join reading every
  // group of the team at every page); it is the same for all statements of a group, so
  // min() just picks it. Evidence by `= ANY(ARRAY(…))`: index lookups of the page's
  // ids. Relations have no index on toGroupId: a hash of the ids.
  const query = Prisma.sql`
    WITH page AS MATERIALIZED (
      SELECT c."groupId" AS id, min(v.verdict) AS verdict, min(v."decidedById") AS "decidedById",
        json_agg(json_build_array(c.id, c."articleId", c.text, c.start, c."end")) AS claims
      FROM ${statementsJoin(teamId, filters)}
      CROSS JOIN LATERAL (
        SELECT json_build_array(g.status, g.rationale, g."decidedAt", g."decidedById")::text AS verdict, g."decidedById"
        FROM "ClaimGroup" g WHERE g.id = c."groupId" AND ${verdictWhere(teamId, filters)} OFFSET 0
      ) v
      WHERE ${statementsWhere(teamId, filters)} AND c."groupId" > ${after}
      GROUP BY c."groupId" ORDER BY c."groupId" LIMIT ${limit}
    ), pairs AS (
      SELECT "fromGroupId" AS own, "toGroupId" AS other FROM "GroupRelation"
      WHERE "teamId" = ${teamId} AND kind = 'contradicts' AND "fromGroupId" IN (SELECT id FROM page)
      UNION
      SELECT "toGroupId", "fromGroupId" FROM "GroupRelation"
      WHERE "teamId" = ${teamId} AND kind = 'contradicts' AND "toGroupId" IN (SELECT id FROM page)
    )
    SELECT
      (SELECT json_agg(json_build_array(p.id, p.verdict::json, p.claims) ORDER BY p.id) FROM page p)::text AS groups,
      (SELECT json_agg(json_build_array(e."groupId", e.kind, e.stance, e.url, e.title, e.outlet, e.note, e."linkedClaimId", e."createdAt"))
        FROM "Evidence" e WHERE e."teamId" = ${teamId} AND e."groupId" = ANY(ARRAY(SELECT id FROM page)))::text AS evidence,
      -- Names of members only, as everywhere else in the app.
      (SELECT json_agg(json_build_array(u.id, u.name)) FROM "User" u
        WHERE u.id IN (SELECT "decidedById" FROM page) AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."teamId" = ${teamId} AND m."userId" = u.id))::text AS reviewers,
      (SELECT json_agg(json_build_array(p.own, p.other, t.text)) FROM pairs p
        CROSS JOIN LATERAL (
          SELECT c.text FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" AND a."teamId" = ${teamId}
          WHERE c."teamId" = ${teamId} AND c."groupId" = p.other AND c."deletedAt" IS NULL
          ORDER BY ${SOURCE_ORDER} LIMIT 1
        ) t)::text AS contradicts`;
  // Through the pool, not Prisma: docs/decisions/007-export-reads-bypass-prisma.md.
  const { rows: [batch] } = await dbPool().query<BatchSql>(query.text, query.values);
  return {
    groups: parse<GroupJson>(batch?.groups ?? null),
    evidence: parse<EvidenceJson>(batch?.evidence ?? null),
    reviewers: parse<[string, string]>(batch?.reviewers ?? null),
    contradicts: parse<[string, string, string]>(batch?.contradicts ?? null),
  };
}

/** A batch's export rows, in group id order, with the sentences cut from the articles' texts. */
async function toRows(batch: Batch, articles: ReturnType<typeof articleCache>): Promise<ExportRow[]> {
  const article = await articles(batch.groups.flatMap(([, , claims]) => claims.map((claim) => claim[1])));
  const evidenceOf = groupBy(batch.evidence, (item) => item[0]);
  const contradictsOf = groupBy(batch.contradicts, (pair) => pair[0]);
  const reviewerOf = new Map(batch.reviewers);

  const rows: ExportRow[] = [];
  for (const [id, [status, rationale, decidedAt, decidedById], claims] of batch.groups) {
    const sources = claims.flatMap(([claimId, articleId, text, start, end]): ExportSource[] => {
      const source = article.get(articleId);
      if (!source) return [];
      const { text: articleText, ...meta } = source;
      return [{ claimId, articleId, text, start, end, sentence: articleText.slice(start, end), ...meta }];
    }).sort(compareSources);
    // An article deleted between the reads can leave a group with no statement.
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

type ArticleRowSql = Omit<ExportArticle, "publishedAt"> & { publishedAt: string | null };

/** These articles of the team, with their text (in no particular order). */
async function readArticles(teamId: string, ids: string[]): Promise<ExportArticle[]> {
  // to_json renders the timestamp as ISO 8601 without a zone (read as UTC, like Prisma):
  // pg's own parser would read it in the server's local time zone.
  const { rows } = await dbPool().query<ArticleRowSql>(
    `SELECT id, title, outlet, url, author, to_json("publishedAt") #>> '{}' AS "publishedAt", language, text
     FROM "Article" WHERE "teamId" = $1 AND id = ANY($2::text[])`,
    [teamId, ids],
  );
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt === null ? null : utc(row.publishedAt) }));
}

type BatchOptions = { batchSize?: number; /** Article text kept in memory, in characters. */ cacheChars?: number };

/**
 * The export's rows, batch after batch, in group id order. PostgreSQL reads the next
 * batch while the caller writes this one; memory stays at two batches whatever the
 * export's size.
 */
async function* exportRowBatches(teamId: string, filters: ExportFilters, options: BatchOptions = {}): AsyncGenerator<ExportRow[]> {
  const { batchSize = GROUP_BATCH, cacheChars = ARTICLE_CACHE_CHARS } = options;
  const articles = articleCache((ids) => readArticles(teamId, ids), cacheChars);
  const load = (after: string) => {
    const batch = loadBatch(teamId, filters, after, batchSize);
    // Awaited below; this only spares the process an unhandled rejection when the
    // caller stops early (client gone) while the next batch is still loading.
    batch.catch(() => {});
    return batch;
  };
  let next: Promise<Batch> | null = load("");
  while (next) {
    const batch: Batch = await next;
    // The next batch loads while this one is turned into rows and written: one ahead
    // only, so memory holds two batches whatever the client's speed.
    next = batch.groups.length === batchSize ? load(batch.groups.at(-1)![0]) : null;
    const rows = await toRows(batch, articles);
    if (rows.length > 0) yield rows;
  }
}

/** These articles of the team with their full text, in the given order, a few at a time. */
async function* exportArticlesById(teamId: string, ids: string[], batchSize = ARTICLE_BATCH): AsyncGenerator<ExportArticle[]> {
  for (let i = 0; i < ids.length; i += batchSize) {
    const chunk = ids.slice(i, i + batchSize);
    const byId = new Map((await readArticles(teamId, chunk)).map((article) => [article.id, article]));
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
  const team: ExportTeam = await getTeam(teamId);
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
  const [articles, teammates] = await Promise.all([
    db().article.findMany({
      where: { teamId },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { title: "asc" }],
      select: { id: true, title: true, outlet: true, language: true, publishedAt: true },
    }),
    listTeammates(teamId),
  ]);
  const byLower = new Map(articles.flatMap((a) => (a.outlet?.trim() ? [[a.outlet.trim().toLowerCase(), a.outlet.trim()] as const] : [])));
  return {
    articles: articles.map(({ language: _language, ...article }) => article),
    outlets: [...byLower.values()].sort((a, b) => a.localeCompare(b)),
    languages: [...new Set(articles.map((a) => a.language))].sort(),
    members: teammates.map(({ id, name }) => ({ id, name })),
  };
}
