import { apiRoute } from "@/lib/api/route";
import { getClaimMatrix } from "@/lib/services/group-views";
import { matrixQuerySchema } from "@/lib/validation/claim";

export const GET = apiRoute({ query: matrixQuerySchema }, async ({ auth, query }) => {
  return getClaimMatrix(auth.teamId, { minSources: query.minSources, query: query.q, limit: query.limit });
});
