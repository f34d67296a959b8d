import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { MIN_SOURCES_CHOICES, SORTS, type MatrixParams } from "./params";

const control =
  "block rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm text-stone-900 shadow-sm focus:border-accent-500 focus:ring-2 focus:ring-accent-500/30 focus:outline-none dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100";
const labelClass = "block text-xs font-medium text-stone-600 dark:text-stone-400";

/** A plain GET form: filters are shareable URLs and work without JavaScript. */
export function MatrixFilters({ params }: { params: MatrixParams }) {
  const t = useTranslations("matrix");
  const isDefault = params.minSources === 2 && !params.q && params.sort === "sources";
  return (
    <form method="get" action="/matrix" role="search" aria-label={t("filters.label")} className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor="matrix-min-sources" className={labelClass}>
          {t("filters.minSources")}
        </label>
        <select id="matrix-min-sources" name="minSources" defaultValue={String(params.minSources)} className={control}>
          {MIN_SOURCES_CHOICES.map((count) => (
            <option key={count} value={count}>
              {count === MIN_SOURCES_CHOICES.at(-1) ? t("filters.minSourcesMax", { count }) : t("filters.minSourcesOption", { count })}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-56 flex-1 space-y-1 sm:max-w-md">
        <label htmlFor="matrix-q" className={labelClass}>
          {t("filters.query")}
        </label>
        <input id="matrix-q" type="search" name="q" defaultValue={params.q ?? ""} maxLength={200} placeholder={t("filters.queryPlaceholder")} className={`${control} w-full`} />
      </div>
      <div className="space-y-1">
        <label htmlFor="matrix-sort" className={labelClass}>
          {t("filters.sort")}
        </label>
        <select id="matrix-sort" name="sort" defaultValue={params.sort} className={control}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sort.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("primary")}>
        {t("filters.apply")}
      </button>
      {isDefault ? null : (
        <Link href="/matrix" className={buttonClass("ghost")}>
          {t("filters.reset")}
        </Link>
      )}
    </form>
  );
}
