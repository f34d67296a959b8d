import { apiRoute } from "@/lib/api/route";
import { createApiToken, listApiTokens } from "@/lib/services/api-tokens";
import { tokenCreateSchema } from "@/lib/validation/team";
import { tokenJson } from "./json";


export const GET = apiRoute({ role: "owner" }, async ({ auth }) => {
  return { tokens: (await listApiTokens(auth.teamId)).map(tokenJson) };
});

/** `secret` is shown once: only its SHA-256 is stored. */
export const POST = apiRoute({ role: "owner", body: tokenCreateSchema, status: 201 }, async ({ auth, body }) => {
  const { token, secret } = await createApiToken(auth.teamId, auth.actor, body);
  return { token: tokenJson(token), secret };
});
