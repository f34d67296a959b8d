"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";

/**
 * The question asked when the team already holds the same text: import it again
 * (allowDuplicate) or open the article that exists. Never decided silently.
 */
export function DuplicateNotice({
  existing,
  onImportAnyway,
  onSkip,
  pending = false,
  newTab = false,
  subject,
  compact = false,
}: {
  existing: { id: string; title: string | null };
  onImportAnyway: () => void;
  onSkip?: () => void;
  pending?: boolean;
  /** Batch rows open the existing article in a new tab so the queue is not lost. */
  newTab?: boolean;
  /** Appended (for screen readers only) to the button names, e.g. the file name of a batch row. */
  subject?: string;
  compact?: boolean;
}) {
  const t = useTranslations("import.duplicate");
  const size = compact ? "sm" : "md";
  const about = subject ? <span className="sr-only"> — {subject}</span> : null;
  return (
    <div
      role="alert"
      className={`rounded-md border border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100 ${compact ? "px-3 py-2" : "px-4 py-3"}`}
    >
      <div className={compact ? "flex flex-wrap items-center gap-x-4 gap-y-2" : "space-y-3"}>
        <p className="text-sm">
          <strong className="font-semibold">{t("title")}</strong>{" "}
          {existing.title ? t("body", { title: existing.title }) : t("bodyUntitled")}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <Button size={size} onClick={onImportAnyway} disabled={pending}>
            {t("importAnyway")}
            {about}
          </Button>
          <Link
            href={`/articles/${existing.id}`}
            className={buttonClass("secondary", size)}
            {...(newTab ? { target: "_blank", rel: "noopener" } : {})}
          >
            {t("openExisting")}
            {about}
            {newTab ? <span className="sr-only"> {t("newTab")}</span> : null}
          </Link>
          {onSkip ? (
            <Button size={size} variant="ghost" onClick={onSkip} disabled={pending}>
              {t("skip")}
              {about}
            </Button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
