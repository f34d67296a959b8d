import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { VERDICT_STATUSES } from "@/lib/verdicts/rules";
import { queueHref, type QueueParams, type Teammate } from "./types";

type Props = {
  params: QueueParams;
  articles: Array<{ id: string; title: string; outlet: string | null }>;
  outlets: string[];
  teammates: Teammate[];
};

const control = "block w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-900";
const WORTHINESS = ["0.25", "0.5", "0.75"];

/** A plain GET form: filters live in the URL, so a filtered queue can be bookmarked and shared. */
export function QueueFilters({ params, articles, outlets, teammates }: Props) {
  const t = useTranslations("queue");
  const tv = useTranslations("verdicts");
  const label = (text: string, input: React.ReactNode, className = "") => (
    <label className={`space-y-0.5 text-xs font-medium text-stone-600 dark:text-stone-400 ${className}`}>
      <span className="block">{text}</span>
      {input}
    </label>
  );
  return (
    <form method="get" action="/queue" aria-label={t("filters.label")} className="grid grid-cols-2 gap-x-3 gap-y-2 rounded-lg border border-stone-200 bg-white p-3 sm:grid-cols-4 lg:grid-cols-8 dark:border-stone-800 dark:bg-stone-900">
      {label(t("filters.status"), (
        <select name="status" defaultValue={params.status ?? ""} className={control}>
          <option value="">{t("filters.any")}</option>
          {VERDICT_STATUSES.map((status) => <option key={status} value={status}>{tv(`status.${status}`)}</option>)}
        </select>
      ))}
      {label(t("filters.article"), (
        <select name="articleId" defaultValue={params.articleId ?? ""} className={control}>
          <option value="">{t("filters.anyArticle")}</option>
          {articles.map((article) => <option key={article.id} value={article.id}>{article.title.length > 60 ? `${article.title.slice(0, 60)}…` : article.title}</option>)}
        </select>
      ), "col-span-2")}
      {label(t("filters.outlet"), (
        <select name="outlet" defaultValue={params.outlet ?? ""} className={control}>
          <option value="">{t("filters.any")}</option>
          {outlets.map((outlet) => <option key={outlet} value={outlet}>{outlet}</option>)}
        </select>
      ))}
      {label(t("filters.checkworthiness"), (
        <select name="minCheckworthiness" defaultValue={params.minCheckworthiness ?? ""} className={control}>
          <option value="">{t("filters.any")}</option>
          {WORTHINESS.map((value) => <option key={value} value={value}>{t("filters.atLeast", { value: Math.round(Number(value) * 100) })}</option>)}
        </select>
      ))}
      {label(t("filters.assignee"), (
        <select name="assignee" defaultValue={params.assignee ?? ""} className={control}>
          <option value="">{t("filters.anyone")}</option>
          <option value="me">{t("filters.me")}</option>
          <option value="none">{t("filters.unassigned")}</option>
          {teammates.map((mate) => <option key={mate.id} value={mate.id}>{mate.name}</option>)}
        </select>
      ))}
      {label(t("filters.from"), <input type="date" name="from" defaultValue={params.from ?? ""} className={control} />)}
      {label(t("filters.to"), <input type="date" name="to" defaultValue={params.to ?? ""} className={control} />)}
      <div className="col-span-2 flex items-end gap-2 sm:col-span-4 lg:col-span-8">
        <button type="submit" className={buttonClass("primary", "sm")}>{t("filters.apply")}</button>
        <Link href={queueHref({})} className={buttonClass("ghost", "sm")}>{t("filters.reset")}</Link>
        <span className="ml-auto text-xs text-stone-500">{t("filters.dateHint")}</span>
      </div>
    </form>
  );
}
