"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { EvidenceStance } from "@/lib/verdicts/rules";
import { RichText } from "./rich-text";
import type { EvidenceView } from "./types";

const STANCE_STYLE: Record<EvidenceStance, { glyph: string; className: string }> = {
  supports: { glyph: "✓", className: "text-emerald-700 dark:text-emerald-400" },
  refutes: { glyph: "✗", className: "text-red-700 dark:text-red-400" },
  context: { glyph: "○", className: "text-stone-500 dark:text-stone-400" },
};

function StanceLabel({ stance }: { stance: EvidenceStance }) {
  const t = useTranslations("verdicts");
  const style = STANCE_STYLE[stance];
  return (
    <span className={`inline-flex shrink-0 items-center gap-0.5 text-[0.7rem] font-semibold uppercase tracking-wide ${style.className}`}>
      <span aria-hidden>{style.glyph}</span>
      {t(`stance.${stance}`)}
    </span>
  );
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

type Props = { evidence: EvidenceView[]; canRemove: boolean; busy: boolean; onRemove: (item: EvidenceView) => void };

export function EvidenceList({ evidence, canRemove, busy, onRemove }: Props) {
  const t = useTranslations("verdicts");
  const format = useFormatter();
  if (evidence.length === 0) return null;
  return (
    <ul aria-label={t("evidence.heading")} className="space-y-1.5">
      {evidence.map((item) => (
        <li key={item.id} className="rounded border border-stone-200 bg-white px-2 py-1.5 text-xs dark:border-stone-700 dark:bg-stone-900">
          <div className="flex items-start gap-2">
            <StanceLabel stance={item.stance} />
            <div className="min-w-0 flex-1 space-y-0.5">
              {item.kind === "link" && item.url ? (
                <a href={item.url} target="_blank" rel="noopener noreferrer nofollow" className="font-medium break-words text-accent-600 underline underline-offset-2">
                  {item.title || hostOf(item.url)}
                </a>
              ) : item.title ? (
                <span className="font-medium">{item.title}</span>
              ) : null}
              {item.outlet || (item.kind === "link" && item.url && item.title) ? (
                <span className="text-stone-500"> · {item.outlet || hostOf(item.url!)}</span>
              ) : null}
              {item.linkedClaim ? (
                <p>
                  <Link href={`/articles/${item.linkedClaim.articleId}?claim=${item.linkedClaim.id}`} className="underline underline-offset-2">
                    “{item.linkedClaim.text}”
                  </Link>
                  <span className="text-stone-500"> — {item.linkedClaim.outlet ?? item.linkedClaim.articleTitle}</span>
                  {item.linkedClaim.deleted ? <span className="text-stone-500"> ({t("evidence.deletedClaim")})</span> : null}
                </p>
              ) : null}
              <RichText html={item.noteHtml} className="text-stone-700 dark:text-stone-300" />
              <p className="text-[0.68rem] text-stone-500">
                {t(`evidence.kinds.${item.kind}`)} · {item.createdBy ? t("evidence.addedBy", { name: item.createdBy }) : t("evidence.addedAnon")}{" "}
                {format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })}
              </p>
            </div>
            {canRemove ? (
              <button type="button" disabled={busy} onClick={() => onRemove(item)} className="shrink-0 rounded px-1 text-[0.7rem] text-stone-500 hover:bg-stone-100 hover:text-red-700 disabled:opacity-50 dark:hover:bg-stone-800" aria-label={t("evidence.remove", { title: item.title || item.url || t(`evidence.kinds.${item.kind}`) })}>
                {t("evidence.removeShort")}
              </button>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
