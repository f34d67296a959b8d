import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { decodeCursor, encodeCursor } from "@/lib/verdicts/cursor";

// History is read-only by design: this module only reads AuditEvent rows (the services
// write them in the transaction of each change, and a trigger refuses UPDATE/DELETE).

type Page = { limit: number; cursor?: string };
type SubjectClaim = { id: string; text: string; start: number; deletedAt: Date | null };

const EVENT_FIELDS = { id: true, at: true, actorId: true, actorLabel: true, entityType: true, entityId: true, action: true, before: true, after: true } as const;
const CURSOR_SHAPE = { at: "string", id: "string" } as const;

/** Newest first, keyset-paged on (at, id). */
async function readPage(where: Prisma.AuditEventWhereInput, page: Page) {
  let after: Prisma.AuditEventWhereInput = {};
  if (page.cursor) {
    const key = decodeCursor(page.cursor, CURSOR_SHAPE);
    const at = key ? new Date(key.at) : null;
    if (!key || !at || Number.isNaN(at.getTime())) throw new ValidationError("verdicts.errors.badCursor");
    after = { OR: [{ at: { lt: at } }, { at, id: { lt: key.id } }] };
  }
  const rows = await db().auditEvent.findMany({ where: { AND: [where, after] }, orderBy: [{ at: "desc" }, { id: "desc" }], take: page.limit + 1, select: EVENT_FIELDS });
  const events = rows.slice(0, page.limit);
  const last = events.at(-1);
  return { events, nextCursor: rows.length > page.limit && last ? encodeCursor({ at: last.at.toISOString(), id: last.id }) : null };
}

const claimIdIn = (json: unknown) => (typeof json === "object" && json !== null && typeof (json as { claimId?: unknown }).claimId === "string" ? (json as { claimId: string }).claimId : null);

/** Every change to one claim and to its proposition (verdict, evidence, links). */
export async function claimHistory(teamId: string, claimId: string, page: Page) {
  const claim = await db().claim.findFirst({
    where: { id: claimId, teamId },
    select: { id: true, text: true, start: true, deletedAt: true, groupId: true, article: { select: { id: true, title: true } } },
  });
  if (!claim) throw new NotFoundError();
  const { events, nextCursor } = await readPage(
    { teamId, OR: [{ entityType: "claim", entityId: claim.id }, { entityType: "claim_group", entityId: claim.groupId }] },
    page,
  );
  return { claim, events: events.map((event) => ({ ...event, subject: claim as SubjectClaim })), nextCursor };
}

/** Every change to an article: its import, its claims, their propositions, its boilerplate. */
export async function articleHistory(teamId: string, articleId: string, page: Page) {
  const article = await db().article.findFirst({ where: { id: articleId, teamId }, select: { id: true, title: true } });
  if (!article) throw new NotFoundError();
  const [claims, spans] = await Promise.all([
    db().claim.findMany({ where: { teamId, articleId }, orderBy: { start: "asc" }, select: { id: true, groupId: true, text: true, start: true, deletedAt: true } }),
    db().boilerplateSpan.findMany({ where: { teamId, articleId }, select: { id: true } }),
  ]);
  const groupIds = [...new Set(claims.map((claim) => claim.groupId))];
  const { events, nextCursor } = await readPage(
    {
      teamId,
      OR: [
        { entityType: "article", entityId: article.id },
        { entityType: "claim", entityId: { in: claims.map((claim) => claim.id) } },
        { entityType: "claim_group", entityId: { in: groupIds } },
        { entityType: "boilerplate", entityId: { in: spans.map((span) => span.id) } },
      ],
    },
    page,
  );
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  // A proposition's event concerns the claim it names, else this article's claim in that group.
  const subjectOf = (event: (typeof events)[number]): SubjectClaim | null => {
    if (event.entityType === "claim") return byId.get(event.entityId) ?? null;
    if (event.entityType !== "claim_group") return null;
    const named = byId.get(claimIdIn(event.after) ?? "");
    return named ?? claims.find((claim) => claim.groupId === event.entityId) ?? null;
  };
  // Claim numbers as the reader shows them: live claims in text order.
  const numbers = new Map(claims.filter((claim) => !claim.deletedAt).map((claim, index) => [claim.id, index + 1]));
  return { article, numbers, events: events.map((event) => ({ ...event, subject: subjectOf(event) })), nextCursor };
}
export type HistoryEvent = Awaited<ReturnType<typeof articleHistory>>["events"][number];

// Long enough for any transaction to commit inside it (they time out after seconds).
const RECENT_MS = 15 * 60_000;

/**
 * A marker (ETag) that changes whenever a teammate changes something, shared by every app
 * instance. The latest time alone could miss an event committed late with an earlier time
 * (its transaction's start), so the ids written in the last minutes are digested too. One
 * query on the (teamId, at) index, digested in PostgreSQL: every open page polls it, and
 * after a bulk import the recent ids number thousands.
 */
export async function teamChangeMarker(teamId: string): Promise<string> {
  const since = new Date(Date.now() - RECENT_MS);
  const [row] = await db().$queryRaw<Array<{ latest: Date | null; recent: number; digest: string | null }>>`
    SELECT (SELECT max(at) FROM "AuditEvent" WHERE "teamId" = ${teamId}) AS latest,
           count(*)::int AS recent,
           md5(string_agg(id, ',' ORDER BY id)) AS digest
    FROM "AuditEvent" WHERE "teamId" = ${teamId} AND at > ${since}`;
  return `${row?.latest?.getTime() ?? 0}-${row?.recent ?? 0}-${row?.digest?.slice(0, 16) ?? "none"}`;
}

/** The team's most recent changes (what a live page announces). */
export function latestTeamChanges(teamId: string, limit = 5) {
  return db().auditEvent.findMany({ where: { teamId }, orderBy: [{ at: "desc" }, { id: "desc" }], take: limit, select: EVENT_FIELDS });
}
