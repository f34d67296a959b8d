"use client";
import { useTranslations } from "next-intl";
import { memo, useMemo } from "react";
import { buildPieces } from "@/lib/reader/pieces";
import type { VerdictStatus } from "@/lib/verdicts/rules";
import type { BoilerplateView, ClaimView } from "./types";

// Highlights by verdict: green corroborated, red (with a wavy underline, a cue that is not
// colour) disputed, neutral blue unverified. Neighbours alternate two tints of each.
const TINTS: Record<VerdictStatus, [string, string]> = {
  unverified: [
    "bg-sky-100 hover:bg-sky-200 dark:bg-sky-900/50 dark:hover:bg-sky-800/60",
    "bg-indigo-100/80 hover:bg-indigo-200 dark:bg-indigo-900/50 dark:hover:bg-indigo-800/60",
  ],
  corroborated: [
    "bg-emerald-100 hover:bg-emerald-200 dark:bg-emerald-900/50 dark:hover:bg-emerald-800/60",
    "bg-green-200/70 hover:bg-green-300/70 dark:bg-green-900/60 dark:hover:bg-green-800/60",
  ],
  disputed: [
    "bg-red-100 underline decoration-red-500/70 decoration-wavy underline-offset-4 hover:bg-red-200 dark:bg-red-900/50 dark:hover:bg-red-800/60",
    "bg-rose-200/70 underline decoration-red-500/70 decoration-wavy underline-offset-4 hover:bg-rose-300/70 dark:bg-rose-900/60 dark:hover:bg-rose-800/60",
  ],
};

type Props = {
  text: string;
  claims: ClaimView[];
  boilerplate: BoilerplateView[];
  selectedId: string | null;
  canEdit: boolean;
  busy: boolean;
  onSelectClaim: (id: string) => void;
  onSelectText: (span: { start: number; end: number } | null) => void;
  onToggleBoilerplate: (span: BoilerplateView) => void;
};

/** Maps a DOM selection point to an offset of the stored text via the pieces' data-start. */
function textOffset(node: Node | null, offset: number): number | null {
  const element = node instanceof Element ? node : node?.parentElement;
  const piece = element?.closest<HTMLElement>("[data-start]");
  if (!piece || piece.closest("[data-ignore]")) return null;
  return Number(piece.dataset.start) + (node instanceof Text ? offset : 0);
}

export const ArticleText = memo(function ArticleText(props: Props) {
  const { text, claims, boilerplate, selectedId, canEdit, busy, onSelectClaim, onSelectText, onToggleBoilerplate } = props;
  const t = useTranslations("reader");
  const pieces = useMemo(() => buildPieces(text.length, claims, boilerplate), [text.length, claims, boilerplate]);
  const boilerplateById = useMemo(() => new Map(boilerplate.map((b) => [b.id, b])), [boilerplate]);
  // Neighbouring claims alternate tints so their boundaries stay visible.
  const tintOf = useMemo(() => new Map(claims.map((claim, index) => [claim.id, TINTS[claim.verdict.status][index % 2]!])), [claims]);
  const statusOf = useMemo(() => new Map(claims.map((claim) => [claim.id, claim.verdict.status])), [claims]);
  const tv = useTranslations("verdicts");
  const reason = (code: string) => (t.has(`reasons.${code}`) ? t(`reasons.${code}` as "reasons.share") : code);

  function onMouseUp() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return onSelectText(null);
    const range = selection.getRangeAt(0);
    const start = textOffset(range.startContainer, range.startOffset);
    const end = textOffset(range.endContainer, range.endOffset);
    onSelectText(start !== null && end !== null && end > start ? { start, end } : null);
  }

  return (
    <div
      aria-label={t("textLabel")}
      role="region"
      onMouseUp={onMouseUp}
      className="font-serif text-[1.05rem] leading-relaxed whitespace-pre-wrap text-stone-800 dark:text-stone-200"
    >
      {pieces.map((piece) => {
        const content = text.slice(piece.start, piece.end);
        const part = piece.boilerplateId ? boilerplateById.get(piece.boilerplateId) : undefined;
        const badge =
          part && piece.boilerplateStart ? (
            <span data-ignore contentEditable={false} className="mr-1.5 inline-flex items-center gap-1 rounded bg-stone-200 px-1.5 py-px align-middle font-sans text-[0.7rem] text-stone-600 select-none dark:bg-stone-800 dark:text-stone-400">
              {part.included ? t("includedPart", { reason: reason(part.reason) }) : t("setAside", { reason: reason(part.reason) })}
              {canEdit ? (
                <button type="button" disabled={busy} onClick={() => onToggleBoilerplate(part)} className="rounded px-1 font-medium text-accent-600 hover:bg-white disabled:opacity-50 dark:hover:bg-stone-700">
                  {part.included ? t("exclude") : t("include")}
                </button>
              ) : null}
            </span>
          ) : null;
        if (piece.claimId) {
          const selected = piece.claimId === selectedId;
          return (
            <mark
              key={piece.start}
              id={`claim-text-${piece.claimId}`}
              data-start={piece.start}
              data-claim-id={piece.claimId}
              data-status={statusOf.get(piece.claimId)}
              title={tv("statusLabel", { status: tv(`status.${statusOf.get(piece.claimId) ?? "unverified"}`) })}
              onClick={() => window.getSelection()?.isCollapsed !== false && onSelectClaim(piece.claimId!)}
              className={`cursor-pointer rounded-sm text-inherit transition-colors ${selected ? `ring-2 ring-amber-400 ${statusOf.get(piece.claimId) === "unverified" ? "bg-amber-200 dark:bg-amber-700/60" : tintOf.get(piece.claimId)}` : tintOf.get(piece.claimId)}`}
            >
              {badge}
              {content}
            </mark>
          );
        }
        return (
          <span key={piece.start} data-start={piece.start} className={piece.setAside ? "text-stone-500 dark:text-stone-400" : undefined}>
            {badge}
            {content}
          </span>
        );
      })}
    </div>
  );
});
