import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportWorkbench } from "@/components/import/import-workbench";
import { buttonClass } from "@/components/ui/button";
import { requireTeamContext } from "@/lib/auth/context";
import { roleAllows } from "@/lib/auth/roles";
import { importArticleAction } from "./actions";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportPage() {
  const context = await requireTeamContext("viewer");
  const t = await getTranslations("import");
  const canImport = roleAllows(context.role, "editor");
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} intro={t("intro", { team: context.teamName })} />
      {canImport ? (
        <ImportWorkbench importArticle={importArticleAction} />
      ) : (
        <div className="max-w-2xl space-y-3 rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900">
          <h2 className="text-base font-semibold">{t("readOnly.title")}</h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">{t("readOnly.body", { team: context.teamName })}</p>
          <Link href="/articles" className={buttonClass("secondary")}>
            {t("readOnly.back")}
          </Link>
        </div>
      )}
    </div>
  );
}
