import { apiRoute } from "@/lib/api/route";
import { articleDetailJson, articleSummaryJson } from "@/lib/api/serializers";
import { importArticle, listArticles } from "@/lib/services/articles";
import { articleImportSchema } from "@/lib/validation/article";

export const GET = apiRoute({}, async ({ auth }) => {
  const articles = await listArticles(auth.teamId);
  return { articles: articles.map(articleSummaryJson) };
});

export const POST = apiRoute({ role: "editor", body: articleImportSchema, status: 201 }, async ({ auth, body }) => {
  const article = await importArticle(auth.teamId, auth.actor, body);
  return { article: articleDetailJson(article) };
});
