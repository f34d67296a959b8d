"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { EVIDENCE_KINDS, EVIDENCE_STANCES, type EvidenceKind, type EvidenceStance } from "@/lib/verdicts/rules";
import type { EvidenceInput } from "./types";

export type EvidenceDraft = { kind: EvidenceKind; stance: EvidenceStance; url: string; title: string; outlet: string; note: string; linkedClaimId: string };

export const emptyEvidence = (stance: EvidenceStance = "supports"): EvidenceDraft => ({ kind: "link", stance, url: "", title: "", outlet: "", note: "", linkedClaimId: "" });

/** The action input for a draft, or null while nothing is filled in (the draft is then ignored). */
export function draftToInput(draft: EvidenceDraft): EvidenceInput | null {
  const filled = draft.url.trim() || draft.title.trim() || draft.outlet.trim() || draft.note.trim() || draft.linkedClaimId;
  if (!filled) return null;
  const text = (value: string) => value.trim() || undefined;
  return {
    kind: draft.kind,
    stance: draft.stance,
    url: draft.kind === "link" ? text(draft.url) : undefined,
    title: text(draft.title),
    outlet: text(draft.outlet),
    note: text(draft.note),
    linkedClaimId: draft.kind === "claim" ? draft.linkedClaimId || undefined : undefined,
  };
}

type Candidate = { claimId: string; text: string; article: { title: string; outlet: string | null } };

const small = "block w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-900 aria-[invalid=true]:border-red-600";

type Props = {
  claimId: string;
  value: EvidenceDraft;
  onChange: (draft: EvidenceDraft) => void;
  /** Field errors of the last submit, keyed by field name (url, note, …). */
  errors?: Record<string, string[]>;
  autoFocus?: boolean;
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
};

export function EvidenceFields({ claimId, value, onChange, errors = {}, autoFocus, onKeyDown }: Props) {
  const t = useTranslations("verdicts");
  const id = useId();
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const set = (patch: Partial<EvidenceDraft>) => onChange({ ...value, ...patch });
  // Focus the first field once, when the form opens — not when a kind change mounts
  // other fields (that would pull the focus away from the kind select mid-keyboard).
  const first = useRef<HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, []);

  // Claims of other articles that may be cited: the same candidates as the reader's match panel.
  useEffect(() => {
    if (value.kind !== "claim" || candidates) return;
    const controller = new AbortController();
    fetch(`/api/v1/claims/${claimId}/matches?limit=8`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { matches: [] }))
      .then((body: { matches: Candidate[] }) => setCandidates(body.matches))
      .catch(() => !controller.signal.aborted && setCandidates([]));
    return () => controller.abort();
  }, [value.kind, claimId, candidates]);

  const field = (name: keyof EvidenceDraft, label: string, input: React.ReactNode) => (
    <div className="space-y-0.5">
      <label htmlFor={`${id}-${name}`} className="block text-[0.7rem] font-medium text-stone-600 dark:text-stone-400">{label}</label>
      {input}
      {errors[name]?.length ? <p id={`${id}-${name}-error`} className="text-[0.7rem] text-red-700 dark:text-red-400">{errors[name].join(" ")}</p> : null}
    </div>
  );
  const common = (name: keyof EvidenceDraft) => ({
    id: `${id}-${name}`,
    onKeyDown,
    "aria-invalid": errors[name]?.length ? true : undefined,
    "aria-describedby": errors[name]?.length ? `${id}-${name}-error` : undefined,
  });

  return (
    <div className="grid gap-2 sm:grid-cols-2">
      {field("kind", t("evidence.kind"), (
        <select {...common("kind")} className={small} value={value.kind} onChange={(e) => set({ kind: e.target.value as EvidenceKind })}>
          {EVIDENCE_KINDS.map((kind) => <option key={kind} value={kind}>{t(`evidence.kinds.${kind}`)}</option>)}
        </select>
      ))}
      {field("stance", t("evidence.stanceLabel"), (
        <select {...common("stance")} className={small} value={value.stance} onChange={(e) => set({ stance: e.target.value as EvidenceStance })}>
          {EVIDENCE_STANCES.map((stance) => <option key={stance} value={stance}>{t(`stance.${stance}`)}</option>)}
        </select>
      ))}
      {value.kind === "link" ? (
        <>
          <div className="sm:col-span-2">
            {field("url", t("evidence.url"), <input {...common("url")} ref={first} type="url" inputMode="url" placeholder="https://" className={small} value={value.url} onChange={(e) => set({ url: e.target.value })} />)}
          </div>
          {field("title", t("evidence.title"), <input {...common("title")} className={small} value={value.title} onChange={(e) => set({ title: e.target.value })} />)}
          {field("outlet", t("evidence.outlet"), <input {...common("outlet")} className={small} value={value.outlet} onChange={(e) => set({ outlet: e.target.value })} />)}
        </>
      ) : null}
      {value.kind === "claim" ? (
        <div className="sm:col-span-2">
          {field("linkedClaimId", t("evidence.linkedClaim"), (
            <select {...common("linkedClaimId")} className={small} value={value.linkedClaimId} onChange={(e) => set({ linkedClaimId: e.target.value })} ref={first}>
              <option value="">{candidates === null ? t("evidence.loadingClaims") : candidates.length === 0 ? t("evidence.noClaims") : t("evidence.chooseClaim")}</option>
              {(candidates ?? []).map((c) => (
                <option key={c.claimId} value={c.claimId}>{`${c.article.outlet ?? c.article.title} — ${c.text.length > 110 ? `${c.text.slice(0, 110)}…` : c.text}`}</option>
              ))}
            </select>
          ))}
        </div>
      ) : null}
      <div className="sm:col-span-2">
        {field("note", value.kind === "note" ? t("evidence.noteRequired") : t("evidence.note"), (
          <textarea {...common("note")} rows={value.kind === "note" ? 3 : 2} className={small} value={value.note} ref={value.kind === "note" ? first : undefined} onChange={(e) => set({ note: e.target.value })} />
        ))}
        <p className="mt-0.5 text-[0.68rem] text-stone-500">{t("evidence.noteHint")}</p>
      </div>
    </div>
  );
}

/** Field errors of an evidence item, whatever the prefix the server used ("evidence.0.url", "evidence.url"). */
export function evidenceFieldErrors(fieldErrors: Record<string, string[]> | undefined): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const match = /^evidence(?:\.\d+)?\.(\w+)$/.exec(path);
    if (match) errors[match[1]!] = messages;
  }
  return errors;
}
