import { apiRoute } from "@/lib/api/route";
import { changeMemberRole, removeMember } from "@/lib/services/teams";
import { memberParamsSchema, roleChangeSchema } from "@/lib/validation/team";

// The last owner can be neither demoted nor removed (422 rule_violation).
export const PATCH = apiRoute({ role: "owner", params: memberParamsSchema, body: roleChangeSchema }, async ({ auth, params, body }) => {
  return { member: await changeMemberRole(auth.teamId, auth.actor, params.userId, body.role) };
});

export const DELETE = apiRoute({ role: "owner", params: memberParamsSchema }, async ({ auth, params }) => {
  return removeMember(auth.teamId, auth.actor, params.userId);
});
