import { apiRoute } from "@/lib/api/route";
import { revokeApiToken } from "@/lib/services/api-tokens";
import { idParamsSchema } from "@/lib/validation/team";
import { tokenJson } from "../json";

export const DELETE = apiRoute({ role: "owner", params: idParamsSchema }, async ({ auth, params }) => {
  return { token: tokenJson(await revokeApiToken(auth.teamId, auth.actor, params.id)) };
});
