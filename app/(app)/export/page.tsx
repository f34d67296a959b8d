import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ExportForm } from "@/components/export/export-form";
import { parseSettings } from "@/components/export/types";
import { Alert } from "@/components/ui/alert";
import { requireTeamContext } from "@/lib/auth/context";
import { countExport, exportFilterChoices } from "@/lib/services/export";
import { parseExportPageParams, toExportFilters } from "@/lib/validation/export";
import { PageHeader } from "@/components/ui/page-header";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("export"))("title") };
}

export default async function ExportPage({ searchParams }: Props) {
  const context = await requireTeamContext();
  const params = await searchParams;
  const locale = await getLocale();
  const { filters, ignored } = parseExportPageParams(params);
  const [choices, count, t] = await Promise.all([
    exportFilterChoices(context.teamId),
    countExport(context.teamId, toExportFilters(filters, context.userId)),
    getTranslations("export"),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} intro={t("intro")} />
      {ignored.length > 0 ? <Alert>{t("ignoredParams", { params: ignored.join(", ") })}</Alert> : null}
      <ExportForm
        initialFilters={filters}
        initialSettings={parseSettings(params, locale)}
        choices={{ ...choices, articles: choices.articles.map((a) => ({ ...a, publishedAt: a.publishedAt?.toISOString() ?? null })) }}
        count={count}
        teamName={context.teamName}
      />
    </div>
  );
}
