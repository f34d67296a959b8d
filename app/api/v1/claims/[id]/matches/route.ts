import { apiRoute } from "@/lib/api/route";
import { matchJson } from "@/lib/api/match-json";
import { findMatches } from "@/lib/services/matching";
import { claimParamsSchema, matchesQuerySchema } from "@/lib/validation/claim";

export const GET = apiRoute({ params: claimParamsSchema, query: matchesQuerySchema }, async ({ auth, params, query }) => {
  const matches = await findMatches(auth.teamId, params.id, query.limit);
  return { matches: matches.map(matchJson) };
});
