"use client";
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { EXPORT_STATUSES, type ExportStatus } from "@/lib/export/types";
import type { ExportFilterParams } from "@/lib/validation/export";
import { StatusGlyph, STATUS_ICON_COLOUR } from "@/components/groups/status";
import type { ExportChoices } from "./types";

export const control =
  "block w-full rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm text-stone-900 shadow-sm focus:border-accent-500 focus:ring-2 focus:ring-accent-500/30 focus:outline-none dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100";
const labelClass = "block text-xs font-medium text-stone-600 dark:text-stone-400";
// Verified first: the list an export is usually for.
const STATUS_ORDER: ExportStatus[] = ["corroborated", "disputed", "unverified"];

type Props = { filters: ExportFilterParams; choices: ExportChoices; onChange: (filters: ExportFilterParams) => void };

function Select({ label, value, onChange, children }: { label: string; value: string; onChange: (value: string) => void; children: React.ReactNode }) {
  const id = useId();
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className={control}>
        {children}
      </select>
    </div>
  );
}

function DateRange({ legend, from, to, onChange }: { legend: string; from?: string; to?: string; onChange: (range: { from?: string; to?: string }) => void }) {
  const t = useTranslations("export");
  return (
    <fieldset className="min-w-0 space-y-1">
      <legend className={labelClass}>{legend}</legend>
      <div className="flex items-center gap-2">
        <input type="date" aria-label={`${legend} ${t("from")}`} value={from ?? ""} max={to} onChange={(e) => onChange({ from: e.target.value || undefined, to })} className={control} />
        <span aria-hidden className="text-stone-400">–</span>
        <input type="date" aria-label={`${legend} ${t("to")}`} value={to ?? ""} min={from} onChange={(e) => onChange({ from, to: e.target.value || undefined })} className={control} />
      </div>
    </fieldset>
  );
}

/** The export's filters, controlled: every change goes to the page (and its URL). */
export function FilterFields({ filters, choices, onChange }: Props) {
  const t = useTranslations("export");
  const locale = useLocale();
  const set = (patch: Partial<ExportFilterParams>) => onChange({ ...filters, ...patch });
  const languageName = (code: string) => new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  const toggleStatus = (status: ExportStatus, on: boolean) =>
    set({ status: EXPORT_STATUSES.filter((s) => (s === status ? on : filters.status.includes(s))) });

  return (
    <div className="space-y-4">
      <fieldset>
        <legend className={labelClass}>{t("statusLegend")}</legend>
        <div className="mt-1.5 flex flex-wrap gap-2">
          {STATUS_ORDER.map((status) => (
            <label key={status} className="inline-flex cursor-pointer items-center gap-2 rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm has-[:checked]:border-accent-500 has-[:checked]:bg-accent-50 dark:border-stone-700 dark:bg-stone-900 dark:has-[:checked]:bg-stone-800">
              <input type="checkbox" checked={filters.status.includes(status)} onChange={(e) => toggleStatus(status, e.target.checked)} className="accent-accent-600" />
              <StatusGlyph status={status} className={`h-4 w-4 ${STATUS_ICON_COLOUR[status]}`} />
              {t(`status.${status}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <Select label={t("article")} value={filters.articleId ?? ""} onChange={(articleId) => set({ articleId: articleId || undefined })}>
          <option value="">{t("allArticles")}</option>
          {choices.articles.map((article) => (
            <option key={article.id} value={article.id}>
              {article.outlet ? `${article.title} — ${article.outlet}` : article.title}
            </option>
          ))}
        </Select>
        <Select label={t("outlet")} value={filters.outlet ?? ""} onChange={(outlet) => set({ outlet: outlet || undefined })}>
          <option value="">{t("allOutlets")}</option>
          {/* A queue link may name an outlet in another case: keep it selectable. */}
          {filters.outlet && !choices.outlets.some((o) => o.toLowerCase() === filters.outlet!.toLowerCase()) ? <option value={filters.outlet}>{filters.outlet}</option> : null}
          {choices.outlets.map((outlet) => (
            <option key={outlet} value={filters.outlet?.toLowerCase() === outlet.toLowerCase() ? filters.outlet : outlet}>
              {outlet}
            </option>
          ))}
        </Select>
        <Select label={t("language")} value={filters.language ?? ""} onChange={(language) => set({ language: language || undefined })}>
          <option value="">{t("allLanguages")}</option>
          {[...new Set([...choices.languages, ...(filters.language ? [filters.language] : [])])].map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </Select>
        <Select label={t("assignee")} value={filters.assignee ?? ""} onChange={(assignee) => set({ assignee: assignee || undefined })}>
          <option value="">{t("anyone")}</option>
          <option value="me">{t("me")}</option>
          <option value="none">{t("unassigned")}</option>
          {choices.members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </Select>
        <DateRange legend={t("published")} from={filters.from} to={filters.to} onChange={({ from, to }) => set({ from, to })} />
        <DateRange legend={t("decided")} from={filters.decidedFrom} to={filters.decidedTo} onChange={({ from, to }) => set({ decidedFrom: from, decidedTo: to })} />
      </div>
      <p className="text-xs text-stone-500 dark:text-stone-400">{t("datesHint")}</p>
    </div>
  );
}
