"use server";
import { revalidatePath } from "next/cache";
import { teamAction } from "@/lib/actions/team-action";
import { importArticle } from "@/lib/services/articles";
import { articleImportSchema } from "@/lib/validation/article";

/**
 * Imports one article. The batch uploader calls it once per file, so each file succeeds
 * or fails on its own (and a failed file leaves nothing written: one transaction each).
 * A duplicate text fails with code "conflict" and `existingArticleId`.
 */
export const importArticleAction = teamAction({ role: "editor", schema: articleImportSchema }, async (input, context) => {
  const article = await importArticle(context.teamId, context.actor, input);
  revalidatePath("/articles");
  return {
    id: article.id,
    title: article.title,
    language: article.language,
    claimCount: article.claims.length,
    boilerplateCount: article.boilerplate.length,
  };
});
