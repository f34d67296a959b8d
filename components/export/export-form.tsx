"use client";
import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import { exportFilename } from "@/lib/export/filename";
import { DEFAULT_EXPORT_STATUSES, EXPORT_FORMATS } from "@/lib/export/types";
import type { ExportFilterParams } from "@/lib/validation/export";
import { DownloadButton } from "./download-button";
import { control, FilterFields } from "./filter-fields";
import { exportSearch, type Delimiter, type ExportChoices, type ExportSettings } from "./types";

type Props = {
  initialFilters: ExportFilterParams;
  initialSettings: ExportSettings;
  choices: ExportChoices;
  count: { groups: number; claims: number };
  teamName: string;
};

const panel = "rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900";
const legendClass = "text-sm font-semibold text-stone-900 dark:text-stone-100";

/**
 * Filters and format live in the URL (shareable; the review queue links here with its
 * own filters), so the server recounts the matching claims on every change.
 */
export function ExportForm({ initialFilters, initialSettings, choices, count, teamName }: Props) {
  const t = useTranslations("export");
  const router = useRouter();
  const pathname = usePathname();
  // The URL is the state: these show a change at once, until the server answers with the
  // same values as props (or others, when the URL changes elsewhere, e.g. the header link).
  const [filters, showFilters] = useOptimistic(initialFilters);
  const [settings, showSettings] = useOptimistic(initialSettings);
  const [pending, startTransition] = useTransition();

  function update(next: { filters?: ExportFilterParams; settings?: ExportSettings }) {
    const nextFilters = next.filters ?? filters;
    const nextSettings = next.settings ?? settings;
    const search = exportSearch(nextFilters, nextSettings);
    startTransition(() => {
      showFilters(nextFilters);
      showSettings(nextSettings);
      router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
    });
  }
  const setSetting = (patch: Partial<ExportSettings>) => update({ settings: { ...settings, ...patch } });

  const noStatus = filters.status.length === 0;
  const filterSearch = exportSearch(filters, { ...settings, format: "csv", excel: false });
  const apiHref = `/api/v1/export?${exportSearch(filters, settings, { api: true })}`;
  const formatName = t(`formats.${settings.format}.name`);

  return (
    <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <section aria-labelledby="export-filters" className={`${panel} space-y-4`}>
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="export-filters" className={legendClass}>
            {t("filtersLegend")}
          </h2>
          <button
            type="button"
            className={buttonClass("ghost", "sm")}
            onClick={() => update({ filters: { status: [...DEFAULT_EXPORT_STATUSES] } })}
          >
            {t("reset")}
          </button>
        </div>
        <FilterFields filters={filters} choices={choices} onChange={(next) => update({ filters: next })} />
        {filters.minCheckworthiness !== undefined ? (
          <p className="inline-flex items-center gap-2 rounded-full border border-stone-300 px-2.5 py-0.5 text-xs dark:border-stone-700">
            {t("minCheckworthiness", { value: filters.minCheckworthiness })}
            <button type="button" aria-label={t("reset")} className="text-stone-500 hover:text-stone-900" onClick={() => update({ filters: { ...filters, minCheckworthiness: undefined } })}>
              ×
            </button>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="export-format" className={`${panel} space-y-4`}>
        <fieldset className="space-y-2">
          <legend id="export-format" className={legendClass}>
            {t("formatLegend")}
          </legend>
          {EXPORT_FORMATS.map((format) => (
            <label key={format} className="flex cursor-pointer gap-3 rounded-md border border-stone-200 p-2.5 has-[:checked]:border-accent-500 has-[:checked]:bg-accent-50 dark:border-stone-700 dark:has-[:checked]:bg-stone-800">
              <input type="radio" name="format" value={format} checked={settings.format === format} onChange={() => setSetting({ format })} className="mt-0.5 accent-accent-600" />
              <span>
                <span className="block text-sm font-medium">{t(`formats.${format}.name`)}</span>
                <span className="block text-xs text-stone-600 dark:text-stone-400">{t(`formats.${format}.hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {settings.format === "csv" ? (
          <div className="space-y-2 border-t border-stone-200 pt-3 dark:border-stone-800">
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" checked={settings.excel} onChange={(e) => setSetting({ excel: e.target.checked })} className="mt-0.5 accent-accent-600" />
              <span>
                <span className="font-medium">{t("excel")}</span>
                <span className="block text-xs text-stone-600 dark:text-stone-400">{t("excelHint")}</span>
              </span>
            </label>
            {settings.excel ? (
              <label className="block space-y-1 pl-6 text-xs font-medium text-stone-600 dark:text-stone-400">
                {t("delimiter")}
                <select value={settings.delimiter} onChange={(e) => setSetting({ delimiter: e.target.value as Delimiter })} className={control}>
                  <option value="semicolon">{t("delimiters.semicolon")}</option>
                  <option value="comma">{t("delimiters.comma")}</option>
                </select>
              </label>
            ) : null}
          </div>
        ) : null}

        <div className="space-y-3 border-t border-stone-200 pt-3 dark:border-stone-800">
          <p role="status" className={`text-sm font-medium tabular-nums transition-opacity ${pending ? "opacity-50" : ""}`}>
            {noStatus ? t("statusNone") : t("summary", count)}
          </p>
          {!noStatus && count.groups === 0 && !pending ? <p className="text-xs text-stone-600 dark:text-stone-400">{t("emptyHint")}</p> : null}
          {noStatus ? null : (
            <>
              <DownloadButton href={apiHref} label={t("download", { format: formatName })} fallbackName={exportFilename(teamName, settings.format, new Date())}>
                <a href={`/export/report${filterSearch ? `?${filterSearch}` : ""}`} target="_blank" rel="noopener" aria-describedby="export-report-hint" className={buttonClass("secondary")}>
                  {t("report")}
                  <span aria-hidden>↗</span>
                </a>
              </DownloadButton>
              <p id="export-report-hint" className="text-xs text-stone-500 dark:text-stone-400">
                {t("reportHint")}
              </p>
            </>
          )}
        </div>
        <div className="space-y-1 border-t border-stone-200 pt-3 text-xs text-stone-500 dark:border-stone-800 dark:text-stone-400">
          <p>{t("apiHint")}</p>
          <code className="block rounded bg-stone-100 px-2 py-1 font-mono break-all text-stone-700 dark:bg-stone-800 dark:text-stone-200">GET {apiHref}</code>
        </div>
      </section>
    </div>
  );
}
