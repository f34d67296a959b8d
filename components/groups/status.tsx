import { useTranslations } from "next-intl";

import type { VerdictStatus } from "@/lib/verdicts/rules";

export type GroupStatus = VerdictStatus;

export function asGroupStatus(status: string): GroupStatus {
  return status === "corroborated" || status === "disputed" ? status : "unverified";
}

/** A status chip's border, background and text colours (badges, group headers). */
export const STATUS_CHIP: Record<GroupStatus, string> = {
  unverified: "border-stone-300 bg-stone-100 text-stone-700 dark:border-stone-700 dark:bg-stone-800 dark:text-stone-200",
  corroborated: "border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  disputed: "border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
};

export const STATUS_ICON_COLOUR: Record<GroupStatus, string> = {
  unverified: "text-stone-500 dark:text-stone-400",
  corroborated: "text-emerald-700 dark:text-emerald-400",
  disputed: "text-red-700 dark:text-red-400",
};

/** A distinct shape per status (question mark, check, cross): colour is never the only signal. */
export function StatusGlyph({ status, className = "h-3.5 w-3.5" }: { status: GroupStatus; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden focusable="false" className={`shrink-0 ${className}`} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
      <circle cx="8" cy="8" r="6.5" strokeDasharray={status === "unverified" ? "2.2 1.8" : undefined} />
      {status === "corroborated" ? <path d="M5 8.3 7.1 10.4 11 6" /> : null}
      {status === "disputed" ? <path d="M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4" /> : null}
      {status === "unverified" ? (
        <>
          <path d="M6.4 6.4a1.7 1.7 0 1 1 2.4 1.5c-.5.3-.8.6-.8 1.1" />
          <circle cx="8" cy="11" r=".4" fill="currentColor" />
        </>
      ) : null}
    </svg>
  );
}

/** Icon + word, e.g. in a group's header. */
export function StatusChip({ status }: { status: GroupStatus }) {
  const t = useTranslations("groups");
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${STATUS_CHIP[status]}`}>
      <StatusGlyph status={status} className={`h-3.5 w-3.5 ${STATUS_ICON_COLOUR[status]}`} />
      <span className="sr-only">{t("statusLabel", { status: t(`status.${status}`) })}</span>
      <span aria-hidden>{t(`status.${status}`)}</span>
    </span>
  );
}

/** The icon alone, named for assistive technology and in a tooltip (dense tables). */
export function StatusIcon({ status }: { status: GroupStatus }) {
  const t = useTranslations("groups");
  const label = t(`status.${status}`);
  return (
    <span role="img" aria-label={label} title={label} className={`inline-flex ${STATUS_ICON_COLOUR[status]}`}>
      <StatusGlyph status={status} />
    </span>
  );
}
