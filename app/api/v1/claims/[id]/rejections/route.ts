import { apiRoute } from "@/lib/api/route";
import { rejectMatch } from "@/lib/services/claim-groups";
import { claimParamsSchema, otherClaimSchema } from "@/lib/validation/claim";

export const POST = apiRoute({ role: "editor", params: claimParamsSchema, body: otherClaimSchema, status: 201 }, async ({ auth, params, body }) => {
  return rejectMatch(auth.teamId, auth.actor, params.id, body.otherClaimId);
});
