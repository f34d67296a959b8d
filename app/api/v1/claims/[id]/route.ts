import { apiRoute } from "@/lib/api/route";
import { claimJson, verdictJson } from "@/lib/api/serializers";
import { getClaim } from "@/lib/services/claims";
import { getGroupVerdict } from "@/lib/services/verdicts";
import { claimParamsSchema } from "@/lib/validation/claim";

export const GET = apiRoute({ params: claimParamsSchema }, async ({ auth, params }) => {
  const claim = await getClaim(auth.teamId, params.id);
  const verdict = await getGroupVerdict(auth.teamId, claim.groupId);
  return {
    claim: {
      ...claimJson(claim),
      deleted: claim.deletedAt !== null,
      article: {
        id: claim.article.id,
        title: claim.article.title,
        outlet: claim.article.outlet,
        url: claim.article.url,
        publishedAt: claim.article.publishedAt?.toISOString() ?? null,
      },
      ...verdictJson(claim.id, verdict, verdict.evidence),
      decidedBy: verdict.decidedBy,
      assigneeId: claim.assigneeId,
      sources: { total: verdict.sourceCount, independent: verdict.independentSourceCount },
      suggestion: verdict.suggestion,
    },
  };
});
