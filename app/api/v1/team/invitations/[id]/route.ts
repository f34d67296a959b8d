import { apiRoute } from "@/lib/api/route";
import { revokeInvitation } from "@/lib/services/invitations";
import { idParamsSchema } from "@/lib/validation/team";

export const DELETE = apiRoute({ role: "owner", params: idParamsSchema }, async ({ auth, params }) => {
  return revokeInvitation(auth.teamId, auth.actor, params.id);
});
