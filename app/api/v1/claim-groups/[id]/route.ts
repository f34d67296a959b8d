import { apiRoute } from "@/lib/api/route";
import { getClaimGroup } from "@/lib/services/group-views";
import { claimParamsSchema } from "@/lib/validation/claim";

export const GET = apiRoute({ params: claimParamsSchema }, async ({ auth, params }) => {
  const group = await getClaimGroup(auth.teamId, params.id);
  return {
    group: {
      ...group,
      decidedAt: group.decidedAt?.toISOString() ?? null,
      statements: group.statements.map((s) => ({ ...s, article: { ...s.article, publishedAt: s.article.publishedAt?.toISOString() ?? null } })),
    },
  };
});
