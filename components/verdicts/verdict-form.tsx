"use client";
import { formKeyHandler } from "./form-keys";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import { STATUS_ICON_COLOUR, StatusGlyph } from "@/components/groups/status";
import { Button } from "@/components/ui/button";
import { hasSupport, VERDICT_STATUSES, type VerdictStatus } from "@/lib/verdicts/rules";
import { ConflictNotice } from "./conflict-notice";
import { draftToInput, emptyEvidence, EvidenceFields, evidenceFieldErrors, type EvidenceDraft } from "./evidence-fields";
import { conflictOf, type ConflictInfo, type VerdictActions, type VerdictSummary, type VerdictView } from "./types";

// The chosen status is filled with its colour and bordered thicker: not colour alone.
const CHECKED = {
  unverified: "peer-checked:border-2 peer-checked:border-stone-500 peer-checked:bg-stone-100 peer-checked:text-stone-900 dark:peer-checked:bg-stone-800 dark:peer-checked:text-stone-100",
  corroborated: "peer-checked:border-2 peer-checked:border-emerald-600 peer-checked:bg-emerald-50 peer-checked:text-emerald-900 dark:peer-checked:bg-emerald-950 dark:peer-checked:text-emerald-100",
  disputed: "peer-checked:border-2 peer-checked:border-red-600 peer-checked:bg-red-50 peer-checked:text-red-900 dark:peer-checked:bg-red-950 dark:peer-checked:text-red-100",
} as const;

type Props = {
  claimId: string;
  verdict: VerdictView;
  initialStatus: VerdictStatus;
  initialRationale?: string;
  actions: Pick<VerdictActions, "setVerdict">;
  onCancel: () => void;
  onSaved: (summary: VerdictSummary) => void;
  /** The signed-in user: their own evidence, added just before, is not a conflict. */
  selfUserId?: string;
};

/**
 * Status, rationale and (optionally) evidence, saved in one write. The version the form
 * was opened on is kept: if a teammate saves meanwhile, the editor sees both versions.
 */
export function VerdictForm({ claimId, verdict, initialStatus, initialRationale, actions, onCancel, onSaved, selfUserId }: Props) {
  const t = useTranslations("verdicts");
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [opened] = useState({ version: verdict.version, groupId: verdict.groupId, status: verdict.status, rationale: verdict.rationale });
  const [status, setStatus] = useState<VerdictStatus>(initialStatus);
  const [rationale, setRationale] = useState(initialRationale ?? verdict.rationale ?? "");
  const supported = hasSupport({ supportingEvidence: verdict.supportingEvidence, independentSources: verdict.independentSourceCount });
  const [evidenceOpen, setEvidenceOpen] = useState(initialStatus === "corroborated" && !supported);
  const [evidence, setEvidence] = useState<EvidenceDraft>(emptyEvidence());
  const [error, setError] = useState<{ message: string; fields: Record<string, string[]> } | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [pending, startTransition] = useTransition();

  const evidenceInput = evidenceOpen ? draftToInput(evidence) : null;
  const needsSupport = status === "corroborated" && !supported && evidenceInput?.stance !== "supports";
  // The editor's own change that left the decision as it was (evidence added just before, e.g. p then c)
  // moves the version on without being a conflict: the form writes on top of it.
  const ownEvidenceOnly = Boolean(selfUserId) && verdict.lastChange?.byId === selfUserId && verdict.groupId === opened.groupId && verdict.status === opened.status && verdict.rationale === opened.rationale;
  const base = ownEvidenceOnly ? { version: verdict.version, groupId: verdict.groupId } : { version: opened.version, groupId: opened.groupId };
  // A teammate's save arrived (live refresh) while this form was open: show it before they submit.
  const outdated: ConflictInfo | null =
    conflict ?? (verdict.version !== base.version
      ? { currentVersion: verdict.version, groupId: verdict.groupId, current: { status: verdict.status, rationale: verdict.rationale }, changedBy: verdict.lastChange?.by ?? null, changedAt: verdict.lastChange?.at ?? null }
      : null);

  function save(expected: { version: number; groupId: string }) {
    startTransition(async () => {
      const result = await actions.setVerdict({ claimId, ...expected, status, rationale: rationale.trim() || null, evidence: evidenceInput ? [evidenceInput] : [] });
      if (result.ok) return onSaved(result.data);
      const stale = conflictOf(result);
      if (stale) {
        setConflict(stale);
        setError(null);
        return;
      }
      setError({ message: result.error, fields: result.fieldErrors ?? {} });
    });
  }

  const onKeyDown = formKeyHandler(formRef, onCancel);

  return (
    <form
      ref={formRef}
      aria-label={t("form.label")}
      className="space-y-2.5 rounded-md border border-stone-300 bg-stone-50 p-2.5 dark:border-stone-700 dark:bg-stone-900/60"
      onSubmit={(event) => {
        event.preventDefault();
        // Enter never overwrites a teammate's save: only "Save mine instead" does.
        save(base);
      }}
    >
      <fieldset>
        <legend className="mb-1 text-[0.7rem] font-semibold tracking-wide text-stone-500 uppercase">{t("form.status")}</legend>
        <div className="flex flex-wrap gap-1.5">
          {VERDICT_STATUSES.map((value) => (
            <label key={value} className="cursor-pointer">
              <input type="radio" name={`${id}-status`} value={value} checked={status === value} onChange={() => setStatus(value)} onKeyDown={onKeyDown} className="peer sr-only" />
              <span className={`inline-flex items-center gap-1 rounded-full border border-stone-300 bg-white px-2.5 py-1 text-xs font-medium text-stone-600 peer-checked:font-semibold peer-focus-visible:outline-2 peer-focus-visible:outline-accent-500 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-300 ${CHECKED[value]}`}>
                <StatusGlyph status={value} className={`h-3.5 w-3.5 ${STATUS_ICON_COLOUR[value]}`} />
                {t(`status.${value}`)}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="space-y-0.5">
        <label htmlFor={`${id}-rationale`} className="block text-[0.7rem] font-medium text-stone-600 dark:text-stone-400">
          {status === "disputed" ? t("form.rationaleRequired") : t("form.rationale")}
        </label>
        <input
          id={`${id}-rationale`}
          autoFocus={!evidenceOpen}
          value={rationale}
          maxLength={2000}
          onChange={(e) => setRationale(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={error?.fields.rationale ? true : undefined}
          className="block w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-900 aria-[invalid=true]:border-red-600"
          placeholder={status === "disputed" ? t("form.rationaleDisputedPlaceholder") : t("form.rationalePlaceholder")}
        />
      </div>

      {needsSupport ? <p className="text-xs text-amber-800 dark:text-amber-300">{t("form.needsSupport")}</p> : null}
      {status === "corroborated" && supported && verdict.supportingEvidence === 0 ? (
        <p className="text-xs text-stone-600 dark:text-stone-400">{t("form.supportedBySources", { count: verdict.independentSourceCount })}</p>
      ) : null}

      {evidenceOpen ? (
        <fieldset className="space-y-1.5 rounded border border-dashed border-stone-300 p-2 dark:border-stone-700">
          <legend className="px-1 text-[0.7rem] font-semibold tracking-wide text-stone-500 uppercase">{t("form.evidence")}</legend>
          <EvidenceFields claimId={claimId} value={evidence} onChange={setEvidence} errors={evidenceFieldErrors(error?.fields)} autoFocus onKeyDown={onKeyDown} />
        </fieldset>
      ) : (
        <button type="button" onClick={() => setEvidenceOpen(true)} className="text-xs font-medium text-accent-600 hover:underline">
          {t("form.addEvidence")}
        </button>
      )}

      {error ? <p role="alert" className="text-xs text-red-700 dark:text-red-400">{error.message}</p> : null}
      {outdated ? (
        <ConflictNotice
          conflict={outdated}
          mine={{ status, rationale, evidence: evidenceInput ? 1 : 0 }}
          reason={conflict ? "refused" : "live"}
          busy={pending}
          onKeepTheirs={onCancel}
          onSaveMine={() => save({ version: outdated.currentVersion, groupId: outdated.groupId })}
        />
      ) : null}

      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm" disabled={pending}>{t("form.save")} <kbd className="opacity-70">⏎</kbd></Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>{t("form.cancel")} <kbd className="text-stone-500">Esc</kbd></Button>
        <span className="text-[0.68rem] text-stone-500">{t("form.markdownHint")}</span>
      </div>
    </form>
  );
}
