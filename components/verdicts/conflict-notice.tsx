"use client";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { VerdictStatus } from "@/lib/verdicts/rules";
import { StatusBadge } from "./status-badge";
import type { ConflictInfo } from "./types";

type Mine = { status: VerdictStatus; rationale: string; evidence: number };
type Props = {
  conflict: ConflictInfo;
  mine: Mine;
  /** "live": seen while editing (nothing sent yet); "refused": the server answered 409. */
  reason: "live" | "refused";
  busy: boolean;
  onKeepTheirs: () => void;
  onSaveMine: () => void;
};

function Version({ title, status, rationale, extra }: { title: string; status: VerdictStatus; rationale: string | null; extra?: string }) {
  const t = useTranslations("verdicts");
  return (
    <section aria-label={title} className="min-w-0 space-y-1 rounded border border-stone-200 bg-white p-2 dark:border-stone-700 dark:bg-stone-900">
      <p className="text-[0.7rem] font-semibold tracking-wide text-stone-500 uppercase">{title}</p>
      <StatusBadge status={status} size="sm" />
      <p className="text-xs break-words">{rationale?.trim() ? rationale : <span className="text-stone-500 italic">{t("conflict.noRationale")}</span>}</p>
      {extra ? <p className="text-[0.7rem] text-stone-500">{extra}</p> : null}
    </section>
  );
}

/**
 * Someone else saved this verdict after the editor started: both versions side by side,
 * and an explicit choice. Nothing is overwritten without the editor asking for it.
 */
export function ConflictNotice({ conflict, mine, reason, busy, onKeepTheirs, onSaveMine }: Props) {
  const t = useTranslations("verdicts");
  const format = useFormatter();
  const now = useNow({ updateInterval: 10_000 });
  const when = conflict.changedAt ? format.relativeTime(new Date(conflict.changedAt), now) : null;
  return (
    <div role="alert" className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-2.5 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
      <p className="font-medium">
        <span aria-hidden>⚠ </span>
        {conflict.changedBy && when ? t("conflict.changedBy", { name: conflict.changedBy, when }) : t("conflict.changed")}{" "}
        {reason === "refused" ? t("conflict.notSaved") : t("conflict.whileEditing")}
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        <Version title={t("conflict.theirs", { version: conflict.currentVersion })} status={conflict.current.status} rationale={conflict.current.rationale} />
        <Version title={t("conflict.mine")} status={mine.status} rationale={mine.rationale} extra={mine.evidence > 0 ? t("conflict.withEvidence", { count: mine.evidence }) : undefined} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" disabled={busy} onClick={onKeepTheirs}>{t("conflict.keepTheirs")}</Button>
        <Button size="sm" disabled={busy} onClick={onSaveMine}>{t("conflict.saveMine")}</Button>
      </div>
    </div>
  );
}
