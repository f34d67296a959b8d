import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { StatusBadge } from "@/components/verdicts/status-badge";
import type { HistoryValue } from "@/lib/verdicts/history-diff";
import { isVerdictStatus } from "@/lib/verdicts/rules";

export type HistoryEntryView = {
  id: string;
  at: Date;
  actor: string | null;
  action: string;
  entityType: string;
  subject: { id: string; text: string; number: number | null; deleted: boolean } | null;
  changes: Array<{ field: string; before: HistoryValue; after: HistoryValue }>;
};

function Value({ field, value }: { field: string; value: HistoryValue }) {
  const t = useTranslations("history");
  if (value === null || value === "") return <span className="text-stone-500">{t("empty")}</span>;
  if (field.endsWith("status") && isVerdictStatus(value)) return <StatusBadge status={value} size="sm" />;
  if (typeof value === "boolean") return <span>{value ? t("yes") : t("no")}</span>;
  return <span className="break-words">“{String(value)}”</span>;
}

/** The append-only trail, newest first: who, when, what, and each field before → after. */
export function HistoryList({ entries, articleId, quoteSubjects = true }: { entries: HistoryEntryView[]; articleId: string; quoteSubjects?: boolean }) {
  const t = useTranslations("history");
  const format = useFormatter();
  const label = (key: string, fallback: string) => (t.has(key) ? t(key as "actions.verdict") : fallback);
  return (
    <ol className="relative space-y-3 border-l border-stone-200 pl-5 dark:border-stone-800">
      {entries.map((entry) => (
        <li key={entry.id} className="relative">
          <span aria-hidden className="absolute top-1.5 -left-[1.61rem] h-2.5 w-2.5 rounded-full border-2 border-white bg-stone-400 dark:border-stone-950" />
          <p className="text-sm">
            <span className="font-semibold">{entry.actor ?? t("someone")}</span>{" "}
            <span>{label(`actions.${entry.action}`, entry.action)}</span>
            {entry.subject ? (
              <>
                {" "}
                <Link href={`/articles/${articleId}?claim=${entry.subject.id}`} className="text-accent-600 underline underline-offset-2">
                  {entry.subject.number ? t("claimNumber", { number: entry.subject.number }) : t("claim")}
                </Link>
                {entry.subject.deleted ? <span className="text-stone-500"> ({t("deletedClaim")})</span> : null}
              </>
            ) : null}
          </p>
          <p className="text-xs text-stone-500">
            <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "medium" })}</time>
            {entry.subject && quoteSubjects ? <span className="ml-2 italic">“{entry.subject.text.length > 120 ? `${entry.subject.text.slice(0, 120)}…` : entry.subject.text}”</span> : null}
          </p>
          {entry.changes.length > 0 ? (
            <dl className="mt-1 space-y-0.5 text-xs">
              {entry.changes.map((change) => (
                <div key={change.field} className="flex flex-wrap items-center gap-1.5">
                  <dt className="font-medium text-stone-600 dark:text-stone-400">{label(`fields.${change.field.replace(/\./g, "_")}`, change.field)}:</dt>
                  <dd className="flex flex-wrap items-center gap-1.5">
                    <Value field={change.field} value={change.before} />
                    <span aria-label={t("becomes")} className="text-stone-500">→</span>
                    <Value field={change.field} value={change.after} />
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
