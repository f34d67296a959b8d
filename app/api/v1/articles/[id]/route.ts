import { apiRoute } from "@/lib/api/route";
import { articleDetailJson } from "@/lib/api/serializers";
import { getArticle } from "@/lib/services/articles";
import { articleParamsSchema } from "@/lib/validation/article";

export const GET = apiRoute({ params: articleParamsSchema }, async ({ auth, params }) => {
  return { article: articleDetailJson(await getArticle(auth.teamId, params.id)) };
});
