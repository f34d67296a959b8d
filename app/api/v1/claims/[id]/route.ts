import { apiRoute } from "@/lib/api/route";
import { claimJson, evidenceJson } from "@/lib/api/serializers";
import { getClaim } from "@/lib/services/claims";
import { getClaimVerdict } from "@/lib/services/verdicts";
import { claimParamsSchema } from "@/lib/validation/claim";

export const GET = apiRoute({ params: claimParamsSchema }, async ({ auth, params }) => {
  const claim = await getClaim(auth.teamId, params.id);
  const verdict = await getClaimVerdict(auth.teamId, claim.id);
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
      groupId: verdict.id,
      status: verdict.status,
      version: verdict.version,
      rationale: verdict.rationale,
      decidedById: verdict.decidedById,
      decidedBy: verdict.decidedBy,
      decidedAt: verdict.decidedAt?.toISOString() ?? null,
      assigneeId: claim.assigneeId,
      evidence: verdict.evidence.map(evidenceJson),
      sources: { total: verdict.sourceCount, independent: verdict.independentSourceCount },
      suggestion: verdict.suggestion,
    },
  };
});
