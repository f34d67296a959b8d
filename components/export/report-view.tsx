import { useFormatter, useTranslations } from "next-intl";
import { StatusChip } from "@/components/groups/status";
import type { ReportArticle, ReportStatement } from "@/lib/export/report";
import type { ExportEvidence } from "@/lib/export/types";
import { PrintButton } from "./print-button";

type Props = {
  teamName: string;
  generatedAt: Date;
  filtersText: string | null;
  sections: ReportArticle[];
  counts: { groups: number; byStatus: Array<{ status: "corroborated" | "disputed" | "unverified"; count: number }> };
  truncatedAt: number | null;
  backHref: string;
};

// Printing: the app's header and this page's toolbar go; dark mode prints as light;
// a statement is never split across pages.
const PRINT_CSS = `
@media print {
  @page { margin: 16mm 14mm; }
  header:has(nav), a[href="#content"], [data-print="hide"] { display: none !important; }
  main, .report { max-width: none !important; padding: 0 !important; }
  .report-statement { break-inside: avoid; }
  .report-article h2 { break-after: avoid; }
  .report { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
@media print and (prefers-color-scheme: dark) {
  :root { color-scheme: light; }
  body, .report, .report * { background: transparent !important; color: #1c1917 !important; border-color: #d6d3d1 !important; }
}`;

const label = "text-xs font-semibold tracking-wide text-stone-500 uppercase dark:text-stone-400";

function EvidenceItem({ evidence }: { evidence: ExportEvidence }) {
  const t = useTranslations("report");
  const parts = [evidence.title, evidence.outlet].filter(Boolean).join(" — ");
  return (
    <li className="text-sm">
      <span className="mr-1.5 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-700 dark:bg-stone-800 dark:text-stone-300">{t(`stance.${evidence.stance}`)}</span>
      {parts ? <span>{parts} </span> : null}
      {evidence.kind === "claim" && !parts ? <span>{t("linkedClaim")} </span> : null}
      {evidence.note ? <span className="whitespace-pre-line">{evidence.note} </span> : null}
      {/* The address is printed in full: paper has no links. */}
      {evidence.url ? (
        <a href={evidence.url} className="break-all text-accent-700 underline decoration-accent-500/40 dark:text-accent-100">
          {evidence.url}
        </a>
      ) : null}
    </li>
  );
}

function Statement({ statement, index }: { statement: ReportStatement; index: number }) {
  const t = useTranslations("report");
  const format = useFormatter();
  const { source, row, elsewhere } = statement;
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long" });
  return (
    <li className="report-statement space-y-2 border-t border-stone-200 py-3 first:border-t-0 dark:border-stone-800" id={`claim-${source.claimId}`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="text-xs font-semibold text-stone-400 tabular-nums">{index}</span>
        <StatusChip status={row.status} />
        {row.decidedAt ? (
          <span className="text-xs text-stone-500 dark:text-stone-400">
            {row.reviewer ? t("decidedBy", { name: row.reviewer.name, date: day(row.decidedAt) }) : t("decidedOn", { date: day(row.decidedAt) })}
          </span>
        ) : null}
      </div>
      <blockquote className="border-l-4 border-stone-300 pl-3 font-serif text-base leading-relaxed dark:border-stone-600" aria-label={t("source")}>
        {source.sentence}
      </blockquote>
      {source.text !== source.sentence ? (
        <p className="text-sm">
          <span className={label}>{t("wording")}</span> <span className="italic">{source.text}</span>
        </p>
      ) : null}
      {row.rationale ? (
        <div>
          <p className={label}>{t("rationale")}</p>
          <p className="text-sm whitespace-pre-line">{row.rationale}</p>
        </div>
      ) : null}
      {row.evidence.length > 0 ? (
        <div>
          <p className={label}>{t("evidence")}</p>
          <ul className="mt-0.5 space-y-1">
            {row.evidence.map((evidence, i) => (
              <EvidenceItem key={i} evidence={evidence} />
            ))}
          </ul>
        </div>
      ) : null}
      {row.contradicts.length > 0 ? (
        <div>
          <p className={label}>{t("contradicts")}</p>
          <ul className="mt-0.5 list-disc space-y-0.5 pl-5 text-sm">
            {row.contradicts.map((other) => (
              <li key={other.groupId}>{other.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {elsewhere.length > 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          <span className={label}>{t("alsoIn")}</span>{" "}
          {elsewhere.map((other) => [other.outlet ?? other.title, other.publishedAt ? format.dateTime(other.publishedAt, { dateStyle: "medium", timeZone: "UTC" }) : null].filter(Boolean).join(", ")).join(" · ")}
        </p>
      ) : null}
    </li>
  );
}

/** The printable report: article by article, each statement with its proposition's verdict. */
export function ReportView({ teamName, generatedAt, filtersText, sections, counts, truncatedAt, backHref }: Props) {
  const t = useTranslations("report");
  const tStatus = useTranslations("export.status");
  const format = useFormatter();
  return (
    <div className="report mx-auto max-w-3xl space-y-6">
      <style>{PRINT_CSS}</style>
      <div data-print="hide" className="flex flex-wrap items-center justify-between gap-2">
        <a href={backHref} className="text-sm text-accent-700 hover:underline dark:text-accent-100">
          ← {t("back")}
        </a>
        <PrintButton label={t("print")} />
      </div>
      <div className="space-y-1 border-b border-stone-300 pb-4 dark:border-stone-700">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-stone-600 dark:text-stone-400">{t("generated", { team: teamName, date: format.dateTime(generatedAt, { dateStyle: "long", timeStyle: "short" }) })}</p>
        <p className="text-sm text-stone-600 dark:text-stone-400">{t("filters", { filters: filtersText ?? t("noFilters") })}</p>
        <p className="text-sm font-medium">
          {t("counts", { groups: counts.groups, articles: sections.length })}
          {counts.byStatus.length > 0 ? <> — {counts.byStatus.map((s) => `${s.count} ${tStatus(s.status).toLowerCase()}`).join(", ")}</> : null}
        </p>
      </div>
      {truncatedAt !== null ? <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">{t("truncated", { limit: truncatedAt })}</p> : null}
      {sections.length === 0 ? <p className="text-sm text-stone-600 dark:text-stone-400">{t("empty")}</p> : null}
      {sections.map((article, articleIndex) => (
        <article key={article.articleId} className="report-article space-y-2" aria-labelledby={`report-article-${articleIndex}`}>
          <h2 id={`report-article-${articleIndex}`} className="text-lg leading-snug font-semibold">
            {articleIndex + 1}. {article.title}
          </h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            {[
              article.outlet,
              article.publishedAt ? t("published", { date: format.dateTime(article.publishedAt, { dateStyle: "long", timeZone: "UTC" }) }) : t("undated"),
              article.author,
            ]
              .filter(Boolean)
              .join(" · ")}
            {article.url ? (
              <>
                {" · "}
                <a href={article.url} className="break-all text-accent-700 underline decoration-accent-500/40 dark:text-accent-100">
                  {article.url}
                </a>
              </>
            ) : null}
          </p>
          <ol className="rounded-lg border border-stone-200 bg-white px-4 dark:border-stone-800 dark:bg-stone-900">
            {article.statements.map((statement, index) => (
              <Statement key={statement.source.claimId} statement={statement} index={index + 1} />
            ))}
          </ol>
        </article>
      ))}
    </div>
  );
}
