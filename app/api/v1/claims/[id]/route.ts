import { apiRoute } from "@/lib/api/route";
import { claimJson } from "@/lib/api/serializers";
import { getClaim } from "@/lib/services/claims";
import { claimParamsSchema } from "@/lib/validation/claim";

export const GET = apiRoute({ params: claimParamsSchema }, async ({ auth, params }) => {
  const claim = await getClaim(auth.teamId, params.id);
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
      groupId: claim.group.id,
      status: claim.group.status,
      version: claim.group.version,
    },
  };
});
