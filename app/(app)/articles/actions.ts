"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/actions/team-action";
import { loadDemoArticles } from "@/lib/services/demo";

/** First run: the five demo articles, so a new team can try the whole loop at once. */
export const loadDemoArticlesAction = teamAction({ role: "editor", schema: z.strictObject({}) }, async (_input, { teamId, actor }) => {
  const result = await loadDemoArticles(teamId, actor);
  revalidatePath("/articles");
  return result;
});
