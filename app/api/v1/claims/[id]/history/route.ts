import { apiRoute } from "@/lib/api/route";
import { historyEventJson } from "@/lib/api/serializers";
import { claimHistory } from "@/lib/services/history";
import { claimParamsSchema } from "@/lib/validation/claim";
import { historyQuerySchema } from "@/lib/validation/verdict";

/** The claim's changes and its proposition's (verdict, evidence, links), newest first. */
export const GET = apiRoute({ params: claimParamsSchema, query: historyQuerySchema }, async ({ auth, params, query }) => {
  const { events, nextCursor } = await claimHistory(auth.teamId, params.id, query);
  return { events: events.map(historyEventJson), nextCursor };
});
