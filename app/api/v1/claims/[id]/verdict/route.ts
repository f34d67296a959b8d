import { apiRoute } from "@/lib/api/route";
import { verdictJson } from "@/lib/api/serializers";
import { setVerdict } from "@/lib/services/verdicts";
import { claimParamsSchema } from "@/lib/validation/claim";
import { setVerdictSchema } from "@/lib/validation/verdict";

/** 200 with the new version; 409 when `version` is stale; 422 (with `rule`) when a verdict rule is broken. */
export const PUT = apiRoute({ role: "editor", params: claimParamsSchema, body: setVerdictSchema }, async ({ auth, params, body }) => {
  const result = await setVerdict(auth.teamId, auth.actor, params.id, body);
  return { claim: verdictJson(result.claimId, result.group, result.evidence) };
});
