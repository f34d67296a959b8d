"use client";
import { useTranslations } from "next-intl";
import { forwardRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { StatusBadge } from "@/components/verdicts/status-badge";
import { splitPoints } from "@/lib/reader/pieces";
import type { ClaimView } from "./types";

export type ClaimMode = "idle" | "edit" | "split";

type Props = {
  claim: ClaimView;
  number: number;
  sourceText: string;
  articleText: string;
  selected: boolean;
  mode: ClaimMode;
  canEdit: boolean;
  canMerge: boolean;
  busy: boolean;
  onSelect: () => void;
  onMode: (mode: ClaimMode) => void;
  onSave: (text: string) => void;
  onSplit: (at: number) => void;
  onMerge: () => void;
  onDelete: () => void;
  /** Shown under the selected claim, first: its verdict panel. */
  verdict?: ReactNode;
  /** Shown under the selected claim (the matches panel). */
  children?: ReactNode;
};

export const ClaimItem = forwardRef<HTMLLIElement, Props>(function ClaimItem(props, ref) {
  const { claim, number, sourceText, articleText, selected, mode, canEdit, canMerge, busy } = props;
  const t = useTranslations("reader");
  const [draft, setDraft] = useState(claim.text);
  const edited = claim.text !== sourceText;
  const percent = Math.round(claim.checkworthiness * 100);
  const signalLabel = (signal: string) => (t.has(`signals.${signal}`) ? t(`signals.${signal}` as "signals.date") : signal);

  return (
    <li ref={ref} id={`claim-${claim.id}`} className={`rounded-md border ${selected ? "border-amber-400 bg-amber-50 dark:border-amber-600 dark:bg-amber-950/30" : "border-transparent hover:bg-stone-100 dark:hover:bg-stone-800/60"}`}>
      <button type="button" onClick={props.onSelect} aria-current={selected ? "true" : undefined} className="flex w-full gap-2 px-2.5 py-2 text-left">
        <span className="mt-0.5 w-6 shrink-0 text-right text-xs text-stone-500 tabular-nums">{number}</span>
        <span className="min-w-0 flex-1">
          <span className="block text-sm leading-snug">{claim.text}</span>
          <span className="mt-1 flex flex-wrap items-center gap-1">
            <StatusBadge status={claim.verdict.status} size="sm" />
            <span className="inline-flex items-center gap-1 text-[0.7rem] text-stone-500" title={t("checkworthiness", { value: `${percent}%` })}>
              <span aria-hidden className="inline-block h-1.5 w-10 overflow-hidden rounded bg-stone-200 dark:bg-stone-700">
                {/* Neutral: green and red mean verdicts here. */}
                <span className="block h-full bg-stone-500 dark:bg-stone-400" style={{ width: `${percent}%` }} />
              </span>
              <span className="sr-only">{t("checkworthiness", { value: `${percent}%` })}</span>
            </span>
            {claim.signals.map((signal) => (
              <span key={signal} className="rounded bg-stone-200/70 px-1 text-[0.65rem] text-stone-600 dark:bg-stone-700 dark:text-stone-300">
                {signalLabel(signal)}
              </span>
            ))}
            {edited ? <span className="rounded bg-violet-100 px-1 text-[0.65rem] text-violet-800 dark:bg-violet-900 dark:text-violet-200">{t("edited")}</span> : null}
          </span>
        </span>
      </button>

      {selected && mode === "edit" ? (
        <form
          className="space-y-2 px-2.5 pb-2.5"
          onSubmit={(event) => {
            event.preventDefault();
            props.onSave(draft);
          }}
        >
          <label className="block text-xs font-medium" htmlFor={`edit-${claim.id}`}>{t("editLabel")}</label>
          <textarea id={`edit-${claim.id}`} className={inputClass} rows={4} value={draft} onChange={(e) => setDraft(e.target.value)} autoFocus
            onKeyDown={(e) => { if (e.key === "Escape") props.onMode("idle"); if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) props.onSave(draft); }} />
          {edited ? <p className="text-xs text-stone-500"><span className="font-medium">{t("sourceLabel")}:</span> {sourceText}</p> : null}
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={busy}>{t("save")}</Button>
            <Button size="sm" variant="ghost" onClick={() => props.onMode("idle")}>{t("cancel")}</Button>
          </div>
        </form>
      ) : null}

      {selected && mode === "split" ? (
        <div className="space-y-2 px-2.5 pb-2.5">
          <p className="text-xs text-stone-600 dark:text-stone-400">{t("splitHelp")}</p>
          <p className="text-sm leading-7">
            {[claim.start, ...splitPoints(articleText, claim.start, claim.end)].map((at, index, all) => {
              const word = articleText.slice(at, all[index + 1] ?? claim.end);
              return index === 0 ? (
                <span key={at}>{word}</span>
              ) : (
                <button key={at} type="button" disabled={busy} onClick={() => props.onSplit(at)} aria-label={t("splitBefore", { word: word.trim() })}
                  className="rounded border-l-2 border-transparent px-0.5 hover:border-amber-500 hover:bg-amber-100 focus-visible:border-amber-500 dark:hover:bg-amber-900/40">
                  {word}
                </button>
              );
            })}
          </p>
          <Button size="sm" variant="ghost" onClick={() => props.onMode("idle")}>{t("cancel")}</Button>
        </div>
      ) : null}

      {selected && mode === "idle" && props.verdict ? <div className="px-2.5 pb-2 pl-10">{props.verdict}</div> : null}
      {selected && mode === "idle" && canEdit ? (
        <div className="flex flex-wrap gap-1 px-2.5 pb-2 pl-10">
          <Button size="sm" variant="secondary" disabled={busy} onClick={() => { setDraft(claim.text); props.onMode("edit"); }}>{t("edit")} <kbd className="text-stone-400">e</kbd></Button>
          <Button size="sm" variant="secondary" disabled={busy} onClick={() => props.onMode("split")}>{t("split")} <kbd className="text-stone-400">s</kbd></Button>
          <Button size="sm" variant="secondary" disabled={busy || !canMerge} onClick={props.onMerge}>{t("mergeNext")} <kbd className="text-stone-400">m</kbd></Button>
          <Button size="sm" variant="ghost" disabled={busy} onClick={props.onDelete} className="text-red-700 dark:text-red-400">{t("delete")} <kbd className="text-stone-400">x</kbd></Button>
        </div>
      ) : null}
      {selected && mode === "idle" ? props.children : null}
    </li>
  );
});
