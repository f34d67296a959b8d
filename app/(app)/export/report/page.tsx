import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { exportSearch } from "@/components/export/types";
import { ReportView } from "@/components/export/report-view";
import { requireTeamContext } from "@/lib/auth/context";
import { reportSections } from "@/lib/export/report";
import { EXPORT_STATUSES, type ExportFilters } from "@/lib/export/types";
import { exportFilterChoices, exportRowsUpTo } from "@/lib/services/export";
import { parseExportPageParams, toExportFilters, type ExportFilterParams } from "@/lib/validation/export";

// A report is read and printed: beyond a few hundred propositions, the CSV or JSON serve better.
const REPORT_LIMIT = 500;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("report"))("metaTitle") };
}

/** "Verdict: Corroborated, Disputed · Outlet: actionrc.fr · …", or null for the default list. */
async function describeFilters(teamId: string, params: ExportFilterParams, filters: ExportFilters) {
  const [t, format, choices] = await Promise.all([getTranslations("export"), getFormatter(), exportFilterChoices(teamId)]);
  const day = (value: string) => format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const range = (from?: string, to?: string) => (from || to ? `${from ? day(from) : "…"} – ${to ? day(to) : "…"}` : null);
  const assignee = params.assignee === "me" ? t("me") : params.assignee === "none" ? t("unassigned") : choices.members.find((m) => m.id === filters.assignee)?.name ?? filters.assignee;
  const parts = [
    [t("statusLegend"), filters.status.map((s) => t(`status.${s}`)).join(", ")],
    [t("article"), filters.articleId ? (choices.articles.find((a) => a.id === filters.articleId)?.title ?? filters.articleId) : null],
    [t("outlet"), filters.outlet],
    [t("language"), filters.language],
    [t("assignee"), filters.assignee ? assignee : null],
    [t("published"), range(filters.from, filters.to)],
    [t("decided"), range(filters.decidedFrom, filters.decidedTo)],
    [null, filters.minCheckworthiness !== undefined ? t("minCheckworthiness", { value: filters.minCheckworthiness }) : null],
  ].filter(([, value]) => value);
  return exportSearch(params, { format: "csv", excel: false, delimiter: "comma" }) ? parts.map(([name, value]) => (name ? `${name}: ${value}` : value)).join(" · ") : null;
}

export default async function ReportPage({ searchParams }: Props) {
  const context = await requireTeamContext();
  const { filters: params } = parseExportPageParams(await searchParams);
  const filters = toExportFilters(params, context.userId);
  const [{ rows, truncated }, filtersText] = await Promise.all([exportRowsUpTo(context.teamId, filters, REPORT_LIMIT), describeFilters(context.teamId, params, filters)]);
  const search = exportSearch(params, { format: "csv", excel: false, delimiter: "comma" });
  return (
    <ReportView
      teamName={context.teamName}
      generatedAt={new Date()}
      filtersText={filtersText}
      sections={reportSections(rows)}
      counts={{
        groups: rows.length,
        byStatus: EXPORT_STATUSES.map((status) => ({ status, count: rows.filter((row) => row.status === status).length })).filter((s) => s.count > 0),
      }}
      truncatedAt={truncated ? REPORT_LIMIT : null}
      backHref={search ? `/export?${search}` : "/export"}
    />
  );
}
