import { apiRoute } from "@/lib/api/route";
import { claimJson } from "@/lib/api/serializers";
import { listQueue } from "@/lib/services/queue";
import { queueQuerySchema } from "@/lib/validation/verdict";

/** The team's claims with their verdicts, filtered like the review queue, paged by cursor. */
export const GET = apiRoute({ query: queueQuerySchema }, async ({ auth, query }) => {
  const { limit, cursor, ...filters } = query;
  const { items, nextCursor } = await listQueue(auth.teamId, auth.userId, filters, { limit, cursor });
  return {
    claims: items.map((item) => ({
      ...claimJson(item),
      groupId: item.groupId,
      status: item.group.status,
      version: item.group.version,
      rationale: item.group.rationale,
      decidedAt: item.group.decidedAt?.toISOString() ?? null,
      assigneeId: item.assigneeId,
      article: { id: item.article.id, title: item.article.title, outlet: item.article.outlet, url: item.article.url, publishedAt: item.article.publishedAt?.toISOString() ?? null },
    })),
    nextCursor,
  };
});
