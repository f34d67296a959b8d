"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useTransition } from "react";
import { EvidenceForm } from "./evidence-form";
import { EvidenceList } from "./evidence-list";
import { STATUS_ICON_COLOUR, StatusGlyph } from "@/components/groups/status";
import { RichText } from "./rich-text";
import { StatusBadge } from "./status-badge";
import { resetVerdict } from "./keys";
import { conflictOf, type VerdictActions, type VerdictEditing, type VerdictSummary, type VerdictView } from "./types";
import { VerdictForm } from "./verdict-form";

type Props = {
  claimId: string;
  verdict: VerdictView;
  canEdit: boolean;
  editing: VerdictEditing;
  onEditingChange: (editing: VerdictEditing) => void;
  actions: VerdictActions;
  /** After a save: the parent announces it, refreshes and may move on. */
  onSaved: (message: string, summary: VerdictSummary, kind: "verdict" | "evidence") => void;
  onError: (message: string) => void;
  historyHref: string;
  selfUserId: string;
};

const ACTION_STYLE = {
  corroborated: "border-emerald-300 text-emerald-900 hover:bg-emerald-50 dark:border-emerald-800 dark:text-emerald-200",
  disputed: "border-red-300 text-red-900 hover:bg-red-50 dark:border-red-800 dark:text-red-200",
  unverified: "border-stone-300 text-stone-700 hover:bg-stone-100 dark:border-stone-700 dark:text-stone-300",
} as const;
const STATUS_KEY = { corroborated: "c", disputed: "d", unverified: "n" } as const;

function Key({ children }: { children: string }) {
  return <kbd className="rounded border border-stone-300 bg-stone-50 px-1 font-mono text-[0.65rem] text-stone-500 dark:border-stone-600 dark:bg-stone-800">{children}</kbd>;
}

/** A claim's verdict: what it is, why, on what evidence, who decided; and the controls to change it. */
export function VerdictPanel({ claimId, verdict, canEdit, editing, onEditingChange, actions, onSaved, onError, historyHref, selfUserId }: Props) {
  const t = useTranslations("verdicts");
  const format = useFormatter();
  const now = useNow({ updateInterval: 15_000 });
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const change = verdict.lastChange;
  const changedByOther = change && change.byId !== selfUserId && now.getTime() - new Date(change.at).getTime() < 10 * 60_000;

  const reset = () =>
    startTransition(async () => {
      const result = await resetVerdict(actions, claimId, verdict);
      if (result.ok) onSaved(t("saved.unverified"), result.data, "verdict");
      else onError(result.error);
    });

  const remove = (evidenceId: string) =>
    startTransition(async () => {
      const result = await actions.removeEvidence({ claimId, groupId: verdict.groupId, version: verdict.version, evidenceId });
      if (result.ok) onSaved(t("evidence.removed"), result.data, "evidence");
      else {
        if (conflictOf(result)) router.refresh();
        onError(result.error);
      }
    });

  return (
    <section aria-label={t("panel.label")} className="space-y-2 text-sm">
      {/* The claim's row already shows the verdict badge: this line says who decided it, when. */}
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <p className="text-[0.7rem] font-semibold tracking-wide text-stone-500 uppercase">{t("panel.label")}</p>
        <span className="text-xs text-stone-600 dark:text-stone-400">
          {verdict.decidedAt
            ? t("panel.decidedStatus", { status: t(`status.${verdict.status}`), name: verdict.decidedBy ?? change?.by ?? t("conflict.someone"), date: format.dateTime(new Date(verdict.decidedAt), { dateStyle: "medium", timeStyle: "short" }) })
            : t("panel.noVerdict")}
        </span>
      </div>
      {changedByOther && change ? (
        <p role="status" className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
          {t("panel.changedRecently", { name: change.by ?? t("conflict.someone"), when: format.relativeTime(new Date(change.at), now) })}
        </p>
      ) : null}
      <RichText html={verdict.rationaleHtml} className="text-sm text-stone-800 dark:text-stone-200" />
      <p className="text-xs text-stone-600 dark:text-stone-400">
        {t("panel.sources", { sources: verdict.sourceCount, independent: verdict.independentSourceCount })}
        {verdict.contradictionHints + verdict.contradictingGroups > 0 ? <> · <span className="text-red-700 dark:text-red-400">{t("panel.contradictions", { count: verdict.contradictionHints + verdict.contradictingGroups })}</span></> : null}
      </p>

      {verdict.suggestion && !editing ? (
        <div className="flex flex-wrap items-center gap-2 rounded border border-dashed border-sky-300 bg-sky-50/60 px-2 py-1.5 text-xs dark:border-sky-800 dark:bg-sky-950/30">
          <span className="font-medium text-sky-900 dark:text-sky-200">{t("suggestion.label")}</span>
          <StatusBadge status={verdict.suggestion.status} size="sm" />
          <span className="text-stone-700 dark:text-stone-300">{t(`suggestion.${verdict.suggestion.reason}`, { count: verdict.suggestion.count })}</span>
          {canEdit ? (
            <button type="button" className="ml-auto font-medium text-accent-600 hover:underline" onClick={() => onEditingChange({ kind: "verdict", status: verdict.suggestion!.status, rationale: t(`suggestion.rationale.${verdict.suggestion!.reason}`, { count: verdict.suggestion!.count }) })}>
              {t("suggestion.review")}
            </button>
          ) : null}
        </div>
      ) : null}

      <EvidenceList evidence={verdict.evidence} canRemove={canEdit && !editing} busy={pending} onRemove={(item) => remove(item.id)} />

      {canEdit && editing?.kind === "verdict" ? (
        <VerdictForm
          key={`${editing.status}:${editing.rationale ?? ""}`}
          claimId={claimId}
          verdict={verdict}
          initialStatus={editing.status}
          initialRationale={editing.rationale}
          actions={actions}
          onCancel={() => onEditingChange(null)}
          onSaved={(summary) => onSaved(t(`saved.${summary.status}`), summary, "verdict")}
          selfUserId={selfUserId}
        />
      ) : null}
      {canEdit && editing?.kind === "evidence" ? (
        <EvidenceForm claimId={claimId} verdict={verdict} actions={actions} onCancel={() => onEditingChange(null)} onSaved={(summary) => onSaved(t("evidence.added"), summary, "evidence")} />
      ) : null}

      {canEdit && !editing ? (
        <div role="group" aria-label={t("panel.actions")} className="flex flex-wrap gap-1">
          {(["corroborated", "disputed", "unverified"] as const).map((status) => (
            <button
              key={status}
              type="button"
              disabled={pending || (status === "unverified" && verdict.status === "unverified")}
              onClick={() => (status === "unverified" ? reset() : onEditingChange({ kind: "verdict", status }))}
              className={`inline-flex items-center gap-1 rounded-md border bg-white px-1.5 py-1 text-xs font-medium disabled:opacity-50 dark:bg-stone-900 ${ACTION_STYLE[status]}`}
            >
              <StatusGlyph status={status} className={`h-3.5 w-3.5 ${STATUS_ICON_COLOUR[status]}`} />
              {t(`status.${status}`)} <Key>{STATUS_KEY[status]}</Key>
            </button>
          ))}
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs">
        {canEdit && !editing ? (
          <button type="button" disabled={pending} onClick={() => onEditingChange({ kind: "evidence" })} className="font-medium text-accent-600 hover:underline disabled:opacity-50">
            {t("panel.addEvidence")} <Key>p</Key>
          </button>
        ) : null}
        <Link href={historyHref} className="text-accent-600 hover:underline">{t("panel.history")} <Key>h</Key></Link>
      </div>
    </section>
  );
}
