import { useTranslations } from "next-intl";
import { STATUS_CHIP, STATUS_ICON_COLOUR, StatusGlyph } from "@/components/groups/status";
import type { VerdictStatus } from "@/lib/verdicts/rules";

/** A verdict as icon + word (never colour alone): a distinct shape per status. */
export function StatusBadge({ status, size = "md" }: { status: VerdictStatus; size?: "sm" | "md" }) {
  const t = useTranslations("verdicts");
  const sizing = size === "sm" ? "gap-0.5 px-1.5 text-[0.68rem]" : "gap-1 px-2 py-0.5 text-xs";
  return (
    <span data-status={status} className={`inline-flex shrink-0 items-center rounded-full border font-medium ${sizing} ${STATUS_CHIP[status]}`}>
      <StatusGlyph status={status} className={`${size === "sm" ? "h-3 w-3" : "h-3.5 w-3.5"} ${STATUS_ICON_COLOUR[status]}`} />
      {t(`status.${status}`)}
    </span>
  );
}
