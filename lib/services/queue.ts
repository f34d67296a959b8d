import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { NotFoundError, RuleViolationError, ValidationError } from "@/lib/errors";
import { recordAudit, type Actor } from "@/lib/services/audit";
import type { QueueQuery } from "@/lib/validation/verdict";
import { decodeCursor, encodeCursor } from "@/lib/verdicts/cursor";

export type QueueFilters = Omit<QueueQuery, "limit" | "cursor">;

// Newest articles first, then each article's claims in text order: the order of a review.
const ORDER: Prisma.ClaimOrderByWithRelationInput[] = [{ article: { createdAt: "desc" } }, { articleId: "asc" }, { start: "asc" }, { id: "asc" }];
const CURSOR_SHAPE = { at: "string", article: "string", start: "number", id: "string" } as const;

const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);
const nextDayStart = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

function filterWhere(teamId: string, viewerId: string | null, filters: QueueFilters): Prisma.ClaimWhereInput {
  const article: Prisma.ArticleWhereInput = {};
  if (filters.outlet) article.outlet = { equals: filters.outlet, mode: "insensitive" };
  if (filters.from || filters.to) {
    article.publishedAt = { ...(filters.from ? { gte: dayStart(filters.from) } : {}), ...(filters.to ? { lt: nextDayStart(filters.to) } : {}) };
  }
  let assigneeId: string | null | undefined;
  if (filters.assignee === "me") {
    // An API token acts for the team, not for a person: it has no queue of its own.
    if (!viewerId) throw new ValidationError("verdicts.errors.meNeedsUser");
    assigneeId = viewerId;
  } else if (filters.assignee === "none") {
    assigneeId = null;
  } else {
    assigneeId = filters.assignee;
  }
  return {
    teamId,
    deletedAt: null,
    ...(filters.articleId ? { articleId: filters.articleId } : {}),
    ...(filters.status ? { group: { teamId, status: filters.status } } : {}),
    ...(filters.minCheckworthiness !== undefined ? { checkworthiness: { gte: filters.minCheckworthiness } } : {}),
    ...(assigneeId !== undefined ? { assigneeId } : {}),
    ...(Object.keys(article).length > 0 ? { article: { teamId, ...article } } : {}),
  };
}

/** Claims after the cursor's row in ORDER (keyset paging: stable while claims are added). */
function afterCursor(cursor: string | undefined): Prisma.ClaimWhereInput {
  if (!cursor) return {};
  const key = decodeCursor(cursor, CURSOR_SHAPE);
  const at = key ? new Date(key.at) : null;
  if (!key || !at || Number.isNaN(at.getTime())) throw new ValidationError("verdicts.errors.badCursor");
  return {
    OR: [
      { article: { createdAt: { lt: at } } },
      { article: { createdAt: at }, articleId: { gt: key.article } },
      { articleId: key.article, start: { gt: key.start } },
      { articleId: key.article, start: key.start, id: { gt: key.id } },
    ],
  };
}

/** The team's claims for review, filtered, one page at a time. */
export async function listQueue(teamId: string, viewerId: string | null, filters: QueueFilters, page: { limit: number; cursor?: string }) {
  const where: Prisma.ClaimWhereInput = { AND: [filterWhere(teamId, viewerId, filters), afterCursor(page.cursor)] };
  const rows = await db().claim.findMany({
    where,
    orderBy: ORDER,
    take: page.limit + 1,
    select: {
      id: true, articleId: true, groupId: true, text: true, start: true, end: true, kind: true, checkworthiness: true, signals: true, assigneeId: true,
      article: { select: { id: true, title: true, outlet: true, url: true, publishedAt: true, createdAt: true } },
      group: { select: { id: true, status: true, version: true, rationale: true, decidedAt: true, decidedById: true } },
    },
  });
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > page.limit && last
    ? encodeCursor({ at: last.article.createdAt.toISOString(), article: last.articleId, start: last.start, id: last.id })
    : null;
  return { items, nextCursor };
}
export type QueueItem = Awaited<ReturnType<typeof listQueue>>["items"][number];

/** How many claims match the filters (the queue's heading). */
export function countQueue(teamId: string, viewerId: string | null, filters: QueueFilters) {
  return db().claim.count({ where: filterWhere(teamId, viewerId, filters) });
}

/** Members of the team, for assignment; only editors and owners can review. */
export async function listTeammates(teamId: string) {
  const members = await db().membership.findMany({
    where: { teamId },
    orderBy: { createdAt: "asc" },
    select: { role: true, user: { select: { id: true, name: true } } },
  });
  return members.map((member) => ({ id: member.user.id, name: member.user.name, role: member.role, canReview: member.role !== "viewer" }));
}

/** The team's articles and outlets, for the queue's filters. */
export async function queueFacets(teamId: string) {
  const articles = await db().article.findMany({ where: { teamId }, orderBy: { createdAt: "desc" }, select: { id: true, title: true, outlet: true } });
  const outlets = [...new Map(articles.flatMap((a) => (a.outlet?.trim() ? [[a.outlet.trim().toLowerCase(), a.outlet.trim()] as const] : []))).values()];
  return { articles, outlets: outlets.sort((a, b) => a.localeCompare(b)) };
}

/** Assigns a claim to a teammate who can review (editor or owner), or unassigns it. */
export async function assignClaim(teamId: string, actor: Actor, claimId: string, assigneeId: string | null) {
  return db().$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: { id: claimId, teamId, deletedAt: null }, select: { id: true, assigneeId: true } });
    if (!claim) throw new NotFoundError();
    const members = await tx.membership.findMany({
      where: { teamId, userId: { in: [assigneeId, claim.assigneeId].filter((id): id is string => Boolean(id)) } },
      select: { userId: true, role: true, user: { select: { name: true } } },
    });
    const member = (id: string | null) => (id ? members.find((m) => m.userId === id) : undefined);
    if (assigneeId) {
      const target = member(assigneeId);
      if (!target) throw new RuleViolationError("verdicts.errors.assigneeNotInTeam", "assignee-in-team");
      if (target.role === "viewer") throw new RuleViolationError("verdicts.errors.assigneeCannotReview", "assignee-can-review");
    }
    if (claim.assigneeId === assigneeId) return { id: claim.id, assigneeId };
    await tx.claim.update({ where: { id: claim.id, teamId }, data: { assigneeId } });
    await recordAudit(tx, {
      teamId, actor, entityType: "claim", entityId: claim.id, action: "assign",
      before: { assignee: member(claim.assigneeId)?.user.name ?? null, assigneeId: claim.assigneeId },
      after: { assignee: member(assigneeId)?.user.name ?? null, assigneeId },
    });
    return { id: claim.id, assigneeId };
  });
}
