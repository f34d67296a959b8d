"use client";
import { formKeyHandler } from "./form-keys";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { draftToInput, emptyEvidence, EvidenceFields, evidenceFieldErrors, type EvidenceDraft } from "./evidence-fields";
import { conflictOf, type VerdictActions, type VerdictSummary, type VerdictView } from "./types";

type Props = {
  claimId: string;
  verdict: VerdictView;
  actions: Pick<VerdictActions, "addEvidence">;
  onCancel: () => void;
  onSaved: (summary: VerdictSummary) => void;
};

/** Adds one piece of evidence without changing the verdict (its version still moves on). */
export function EvidenceForm({ claimId, verdict, actions, onCancel, onSaved }: Props) {
  const t = useTranslations("verdicts");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<EvidenceDraft>(emptyEvidence());
  const [error, setError] = useState<{ message: string; fields: Record<string, string[]> } | null>(null);
  const [pending, startTransition] = useTransition();

  function save() {
    const evidence = draftToInput(draft);
    if (!evidence) return setError({ message: t("evidence.empty"), fields: {} });
    startTransition(async () => {
      // Evidence does not contradict a teammate's verdict: add it on top of the latest version.
      const result = await actions.addEvidence({ claimId, groupId: verdict.groupId, version: verdict.version, evidence });
      if (result.ok) return onSaved(result.data);
      const stale = conflictOf(result);
      // The draft stays; the refreshed page carries the new version for the next try.
      if (stale) router.refresh();
      setError({ message: stale ? t("evidence.stale", { name: stale.changedBy ?? t("conflict.someone") }) : result.error, fields: result.fieldErrors ?? {} });
    });
  }

  const onKeyDown = formKeyHandler(formRef, onCancel);

  return (
    <form
      ref={formRef}
      aria-label={t("evidence.formLabel")}
      className="space-y-2 rounded-md border border-stone-300 bg-stone-50 p-2.5 dark:border-stone-700 dark:bg-stone-900/60"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <p className="text-[0.7rem] font-semibold tracking-wide text-stone-500 uppercase">{t("evidence.formLabel")}</p>
      <EvidenceFields claimId={claimId} value={draft} onChange={setDraft} errors={evidenceFieldErrors(error?.fields)} autoFocus onKeyDown={onKeyDown} />
      {error ? <p role="alert" className="text-xs text-red-700 dark:text-red-400">{error.message}</p> : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm" disabled={pending}>{t("evidence.save")} <kbd className="opacity-70">⏎</kbd></Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>{t("form.cancel")} <kbd className="text-stone-500">Esc</kbd></Button>
      </div>
    </form>
  );
}
