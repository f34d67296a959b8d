import { apiRoute } from "@/lib/api/route";
import { linkClaims, unlinkClaims } from "@/lib/services/claim-groups";
import { claimParamsSchema, linkSchema, otherClaimSchema } from "@/lib/validation/claim";

export const POST = apiRoute({ role: "editor", params: claimParamsSchema, body: linkSchema }, async ({ auth, params, body }) => {
  return linkClaims(auth.teamId, auth.actor, params.id, body.otherClaimId, body.relation);
});

export const DELETE = apiRoute(
  { role: "editor", params: claimParamsSchema, body: otherClaimSchema, bodyFromQuery: true },
  async ({ auth, params, body }) => unlinkClaims(auth.teamId, auth.actor, params.id, body.otherClaimId),
);
