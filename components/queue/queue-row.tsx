"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { forwardRef, type ReactNode } from "react";
import { StatusBadge } from "@/components/verdicts/status-badge";
import type { QueueItemView, Teammate } from "./types";
import { httpUrlOrNull } from "@/lib/text/url";

type Props = {
  item: QueueItemView;
  number: number;
  current: boolean;
  teammates: Teammate[];
  selfUserId: string;
  canEdit: boolean;
  busy: boolean;
  onSelect: () => void;
  onAssign: (assigneeId: string | null) => void;
  /** The verdict panel, under the current row. */
  children?: ReactNode;
};

function Key({ children }: { children: string }) {
  return <kbd className="rounded border border-stone-300 bg-stone-50 px-1 font-mono text-[0.65rem] text-stone-500 dark:border-stone-600 dark:bg-stone-800">{children}</kbd>;
}

export const QueueRow = forwardRef<HTMLLIElement, Props>(function QueueRow(props, ref) {
  const { item, number, current, teammates, selfUserId, canEdit, busy } = props;
  const t = useTranslations("queue");
  const format = useFormatter();
  const assignee = teammates.find((mate) => mate.id === item.assigneeId);
  const percent = Math.round(item.checkworthiness * 100);
  const safeUrl = httpUrlOrNull(item.url);

  return (
    <li ref={ref} id={`queue-${item.id}`} data-claim-id={item.id} aria-current={current ? "true" : undefined}
      className={`rounded-md border ${current ? "border-amber-400 bg-amber-50/70 shadow-sm dark:border-amber-600 dark:bg-amber-950/20" : "border-transparent hover:bg-stone-100 dark:hover:bg-stone-800/60"}`}>
      <button type="button" onClick={props.onSelect} className="flex w-full items-start gap-3 px-3 py-2 text-left">
        <span className="mt-0.5 w-7 shrink-0 text-right text-xs text-stone-500 tabular-nums">{number}</span>
        <span className="w-28 shrink-0 pt-px"><StatusBadge status={item.verdict.status} size="sm" /></span>
        <span className="min-w-0 flex-1">
          <span className={`block text-sm leading-snug ${current ? "" : "line-clamp-2"}`}>{item.text}</span>
          <span className="mt-0.5 block truncate text-xs text-stone-500">
            {item.outlet ? <span className="font-medium text-stone-600 dark:text-stone-400">{item.outlet}</span> : null}
            {item.outlet ? " · " : null}
            {item.articleTitle}
            {item.publishedAt ? ` · ${format.dateTime(new Date(item.publishedAt), { dateStyle: "medium" })}` : null}
          </span>
        </span>
        <span className="hidden w-24 shrink-0 text-right text-xs whitespace-nowrap text-stone-500 tabular-nums sm:block" title={t("row.checkworthinessHint")}>
          {t("row.checkworthiness", { value: percent })}
        </span>
        <span className="hidden w-28 shrink-0 truncate text-right text-xs text-stone-500 md:block">
          {assignee ? (assignee.id === selfUserId ? t("row.me") : assignee.name) : t("row.unassigned")}
        </span>
      </button>
      {current ? (
        <div className="space-y-3 border-t border-amber-200 px-3 pt-2 pb-3 sm:pl-[6.5rem] dark:border-amber-900">
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs">
            <Link href={`/articles/${item.articleId}?claim=${item.id}`} className="text-accent-600 hover:underline">{t("row.openReader")} <Key>r</Key></Link>
            {safeUrl ? (
              <a href={safeUrl} target="_blank" rel="noopener noreferrer nofollow" className="text-accent-600 hover:underline">{t("row.openSource")} <Key>o</Key></a>
            ) : (
              <span className="text-stone-500">{t("row.noSource")}</span>
            )}
            <label className="ml-auto inline-flex items-center gap-1.5 text-stone-600 dark:text-stone-400">
              <span>{t("row.assignedTo")} <Key>a</Key></span>
              <select value={item.assigneeId ?? ""} disabled={!canEdit || busy} onChange={(e) => props.onAssign(e.target.value || null)}
                className="rounded border border-stone-300 bg-white px-1.5 py-0.5 text-xs dark:border-stone-700 dark:bg-stone-900">
                <option value="">{t("row.unassigned")}</option>
                {teammates.filter((mate) => mate.canReview || mate.id === item.assigneeId).map((mate) => (
                  <option key={mate.id} value={mate.id}>{mate.id === selfUserId ? t("row.meNamed", { name: mate.name }) : mate.name}</option>
                ))}
              </select>
            </label>
          </div>
          {props.children}
        </div>
      ) : null}
    </li>
  );
});
