import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { ArticleTable } from "@/components/articles/article-table";
import { FirstRun } from "@/components/onboarding/first-run";
import { PageSkeleton } from "@/components/states/skeleton";
import { roleAllows } from "@/lib/auth/roles";
import { loadDemoArticlesAction } from "./actions";
import { requireTeamContext } from "@/lib/auth/context";
import { listArticles } from "@/lib/services/articles";
import { listRecentTasks } from "@/lib/services/tasks";
import { TaskProgress } from "@/components/tasks/task-progress";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles"))("title") };
}

// The skeleton is a Suspense boundary inside the page, not an articles/loading.tsx: that
// one would also wrap /articles/[id], whose 404 must be decided before anything streams.
export default async function ArticlesPage() {
  const t = await getTranslations("states");
  return (
    <Suspense fallback={<PageSkeleton label={t("loading")} shape="table" />}>
      <ArticleList />
    </Suspense>
  );
}

async function ArticleList() {
  const context = await requireTeamContext();
  const [articles, tasks, t] = await Promise.all([listArticles(context.teamId), listRecentTasks(context.teamId), getTranslations("articles")]);
  return (
    <div className="space-y-4">
      <div className="flex items-baseline justify-between gap-4">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-stone-500">{t("count", { count: articles.length })}</p>
      </div>
      <TaskProgress initial={tasks} />
      {articles.length === 0 ? (
        <FirstRun canEdit={roleAllows(context.role, "editor")} loadDemo={loadDemoArticlesAction} />
      ) : (
        <ArticleTable articles={articles} />
      )}
    </div>
  );
}
