import { useTranslations } from "next-intl";
import { StatusGlyph } from "@/components/groups/status";
import type { VerdictStatus } from "@/lib/verdicts/rules";

const CHIP: Record<VerdictStatus, string> = {
  unverified: "border-stone-300 bg-stone-100 text-stone-700 dark:border-stone-700 dark:bg-stone-800 dark:text-stone-200",
  corroborated: "border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  disputed: "border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
};

export const STATUS_TEXT: Record<VerdictStatus, string> = {
  unverified: "text-stone-500 dark:text-stone-400",
  corroborated: "text-emerald-700 dark:text-emerald-400",
  disputed: "text-red-700 dark:text-red-400",
};

/** A verdict as icon + word (never colour alone): a distinct shape per status. */
export function StatusBadge({ status, size = "md" }: { status: VerdictStatus; size?: "sm" | "md" }) {
  const t = useTranslations("verdicts");
  const sizing = size === "sm" ? "gap-0.5 px-1.5 text-[0.68rem]" : "gap-1 px-2 py-0.5 text-xs";
  return (
    <span data-status={status} className={`inline-flex shrink-0 items-center rounded-full border font-medium ${sizing} ${CHIP[status]}`}>
      <StatusGlyph status={status} className={`${size === "sm" ? "h-3 w-3" : "h-3.5 w-3.5"} ${STATUS_TEXT[status]}`} />
      {t(`status.${status}`)}
    </span>
  );
}

/** Server-rendered, sanitised Markdown (lib/verdicts/markdown). */
export function RichText({ html, className = "" }: { html: string; className?: string }) {
  if (!html) return null;
  return (
    <div
      className={`space-y-1 break-words [&_a]:text-accent-600 [&_a]:underline [&_blockquote]:border-l-2 [&_blockquote]:pl-2 [&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-0.5 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5 dark:[&_code]:bg-stone-800 ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
