"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { DuplicateNotice } from "./duplicate-notice";
import { errorLines } from "./field-errors";
import { LanguageSelect } from "./language-select";
import { type ArticleMeta, type ImportedArticle, type ImportFormat } from "./types";

/**
 * ready: listed, not asked for yet · queued: waiting its turn in a run · importing · done ·
 * duplicate: the server found the same text, the editor decides · skipped: left as duplicate ·
 * failed: the server refused it (editable, retry) · rejected: refused in the browser, never sent.
 */
export type RowStatus = "ready" | "queued" | "importing" | "done" | "duplicate" | "skipped" | "failed" | "rejected";
export type ClientError = "unsupported" | "tooLarge" | "empty" | "unreadable" | "network";

export type FileRow = {
  key: string;
  fileName: string;
  size: number;
  format: ImportFormat | null;
  /** Dropped once imported: a long batch should not keep every text in memory. */
  text: string;
  meta: ArticleMeta;
  status: RowStatus;
  allowDuplicate: boolean;
  result?: ImportedArticle;
  existing?: { id: string; title: string | null };
  clientError?: ClientError;
  serverError?: string;
  fieldErrors?: Record<string, string[]>;
};

export const EDITABLE: ReadonlySet<RowStatus> = new Set(["ready", "queued", "failed", "duplicate"]);
/** Per-row inputs, in column order; their server errors mark the input itself. */
export const ROW_FIELDS = ["outlet", "url", "author", "publishedAt", "language"] as const;
export const SHOWN_FIELDS = ["title", ...ROW_FIELDS];

export const cellInput =
  "block w-full min-w-0 rounded border border-stone-300 bg-white px-2 py-1 text-sm text-stone-900 placeholder:text-stone-400 focus:border-accent-500 focus:ring-2 focus:ring-accent-500/30 focus:outline-none disabled:border-transparent disabled:bg-transparent disabled:text-stone-600 aria-[invalid=true]:border-red-600 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:disabled:bg-transparent dark:disabled:text-stone-400";

export function FileRowView({
  row,
  fieldLabel,
  clientMessage,
  onEdit,
  onRemove,
  onImportAnyway,
  onSkip,
  onRetry,
}: {
  row: FileRow;
  fieldLabel: (field: string) => string;
  clientMessage: string | null;
  onEdit: (field: keyof ArticleMeta, value: string) => void;
  onRemove: () => void;
  onImportAnyway: () => void;
  onSkip: () => void;
  onRetry: () => void;
}) {
  const t = useTranslations("import");
  const tLanguage = useTranslations("language");
  const format = useFormatter();
  const id = useId();
  const editable = EDITABLE.has(row.status);
  const messageId = `${id}-message`;
  const lines = row.status === "failed" ? errorLines(row.fieldErrors, SHOWN_FIELDS, (field, message) => (field ? t("errors.fieldLine", { field: fieldLabel(field), message }) : message)) : [];
  const fieldMessages = Object.entries(row.fieldErrors ?? {})
    .filter(([field]) => SHOWN_FIELDS.includes(field))
    .map(([field, messages]) => t("errors.fieldLine", { field: fieldLabel(field), message: messages.join(" ") }));
  const hasFieldErrors = Object.keys(row.fieldErrors ?? {}).length > 0;
  const message = clientMessage ?? (row.status === "failed" && !hasFieldErrors ? (row.serverError ?? null) : null);
  const showDetails = row.status === "duplicate" || row.status === "rejected" || (row.status === "failed" && Boolean(message || lines.length || fieldMessages.length));

  const invalid = (field: keyof ArticleMeta) => (row.fieldErrors?.[field]?.length ? true : undefined);
  const inputProps = (field: keyof ArticleMeta) => ({
    value: row.meta[field],
    "aria-label": t("upload.fieldOf", { field: fieldLabel(field), file: row.fileName }),
    "aria-invalid": invalid(field),
    "aria-describedby": invalid(field) ? messageId : undefined,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => onEdit(field, event.target.value),
    className: cellInput,
  });
  const languageName = (code: string) => (tLanguage.has(code) ? tLanguage(code) : t.has(`languages.${code}`) ? t(`languages.${code}`) : code);

  /** Rows no longer editable (importing, imported, skipped) show their values as text. */
  function readOnly(field: (typeof ROW_FIELDS)[number]) {
    if (field === "language") {
      if (row.result) return <span className="text-stone-700 dark:text-stone-300">{languageName(row.result.language)}</span>;
      return <span className="text-stone-400">{row.meta.language ? languageName(row.meta.language) : t("languages.auto")}</span>;
    }
    const value = row.meta[field];
    if (!value) return null;
    const shown = field === "publishedAt" ? format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : field === "url" ? value.replace(/^https?:\/\/(www\.)?/, "") : value;
    return (
      <span className="block truncate text-stone-700 dark:text-stone-300" title={value}>
        {shown}
      </span>
    );
  }

  const megabytes = row.size >= 1024 * 1024;
  const sizeValue = row.size / (megabytes ? 1024 * 1024 : 1024);
  const size = format.number(sizeValue, { style: "unit", unit: megabytes ? "megabyte" : "kilobyte", unitDisplay: "short", maximumFractionDigits: sizeValue < 10 ? 1 : 0 });

  return (
    <tbody aria-label={row.fileName} className="border-b border-stone-100 last:border-b-0 dark:border-stone-800">
      <tr className={row.status === "importing" ? "bg-accent-50/60 dark:bg-stone-800/60" : undefined}>
        <td className="px-3 py-1.5 align-top">
          {editable ? (
            <input {...inputProps("title")} className={`${cellInput} font-medium`} />
          ) : row.status === "rejected" ? (
            <p className="truncate py-1 font-medium text-stone-500" title={row.fileName}>
              {row.fileName}
            </p>
          ) : row.result ? (
            <Link href={`/articles/${row.result.id}`} target="_blank" rel="noopener" className="line-clamp-2 py-1 font-medium text-stone-900 hover:text-accent-600 hover:underline dark:text-stone-100">
              {row.result.title}
              <span className="sr-only"> {t("duplicate.newTab")}</span>
            </Link>
          ) : (
            <p className="line-clamp-2 py-1 font-medium text-stone-800 dark:text-stone-200">{row.meta.title}</p>
          )}
          <p className="mt-0.5 flex items-center gap-1.5 text-xs text-stone-500 dark:text-stone-400">
            {row.format ? (
              <span className="shrink-0 rounded bg-stone-100 px-1 py-px font-mono text-[10px] text-stone-600 uppercase dark:bg-stone-800 dark:text-stone-300">{t(`formats.${row.format}`)}</span>
            ) : null}
            {row.status === "rejected" ? null : (
              <span className="truncate" title={row.fileName}>
                {row.fileName}
              </span>
            )}
            <span className="shrink-0 tabular-nums">{size}</span>
          </p>
        </td>
        {ROW_FIELDS.map((field) => (
          <td key={field} className={`px-1.5 align-top ${editable ? "py-1.5" : "py-2.5"}`}>
            {row.status === "rejected" ? null : !editable ? (
              readOnly(field)
            ) : field === "language" ? (
              <LanguageSelect {...inputProps(field)} />
            ) : (
              <input {...inputProps(field)} type={field === "publishedAt" ? "date" : field === "url" ? "url" : "text"} />
            )}
          </td>
        ))}
        <td className="px-3 py-1.5 align-top">
          <RowStatusView row={row} />
        </td>
        <td className="px-1 py-1.5 text-right align-top">
          <button
            type="button"
            onClick={onRemove}
            disabled={row.status === "importing"}
            aria-label={t("upload.remove", { file: row.fileName })}
            title={t("upload.remove", { file: row.fileName })}
            className="rounded p-1 text-stone-400 hover:bg-stone-100 hover:text-stone-700 disabled:invisible dark:hover:bg-stone-800 dark:hover:text-stone-200"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
              <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
            </svg>
          </button>
        </td>
      </tr>
      {showDetails ? (
        <tr>
          <td colSpan={8} className="px-3 pt-0 pb-2.5">
            {row.status === "duplicate" && row.existing ? (
              <DuplicateNotice existing={row.existing} subject={row.fileName} newTab compact onImportAnyway={onImportAnyway} onSkip={onSkip} />
            ) : (
              <div
                id={messageId}
                className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
              >
                <div className="min-w-0 flex-1">
                  {message ? <p>{message}</p> : null}
                  {fieldMessages.length + lines.length > 0 ? (
                    <ul className="space-y-0.5">
                      {[...fieldMessages, ...lines].map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  ) : null}
                </div>
                {row.status === "failed" ? (
                  <Button size="sm" variant="secondary" onClick={onRetry}>
                    {t("upload.retry")}
                    <span className="sr-only"> — {row.fileName}</span>
                  </Button>
                ) : null}
              </div>
            )}
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}

function RowStatusView({ row }: { row: FileRow }) {
  const t = useTranslations("import");
  const dot = (color: string) => <span aria-hidden="true" className={`inline-block size-2 shrink-0 rounded-full ${color}`} />;
  const base = "flex items-center gap-1.5 py-1 text-sm";
  switch (row.status) {
    case "ready":
      return <p className={`${base} text-stone-500`}>{dot("bg-stone-300 dark:bg-stone-600")}{t("status.ready")}</p>;
    case "queued":
      return <p className={`${base} text-stone-500`}>{dot("bg-stone-400")}{t("status.queued")}</p>;
    case "importing":
      return (
        <p className={`${base} text-accent-700 dark:text-accent-100`}>
          <span aria-hidden="true" className="inline-block size-3 shrink-0 animate-spin rounded-full border-2 border-accent-500 border-t-transparent" />
          {t("status.importing")}
        </p>
      );
    case "done":
      return (
        <div className="py-1 text-sm">
          <p className="flex items-center gap-1.5 font-medium text-emerald-800 dark:text-emerald-300">
            {dot("bg-emerald-500")}
            {t("status.done")}
          </p>
          {row.result ? (
            <p className="mt-0.5 pl-3.5 text-xs text-stone-600 dark:text-stone-400">
              <Link href={`/articles/${row.result.id}`} target="_blank" rel="noopener" className="font-medium text-accent-600 hover:underline">
                {t("status.claims", { count: row.result.claimCount })}
                <span className="sr-only"> {t("duplicate.newTab")}</span>
              </Link>
            </p>
          ) : null}
        </div>
      );
    case "duplicate":
      return <p className={`${base} font-medium text-amber-800 dark:text-amber-300`}>{dot("bg-amber-500")}{t("status.duplicate")}</p>;
    case "skipped":
      return <p className={`${base} text-stone-500`}>{dot("bg-stone-300")}{t("status.skipped")}</p>;
    case "failed":
      return <p className={`${base} font-medium text-red-700 dark:text-red-400`}>{dot("bg-red-600")}{t("status.failed")}</p>;
    case "rejected":
      return <p className={`${base} font-medium text-red-700 dark:text-red-400`}>{dot("bg-red-600")}{t("status.rejected")}</p>;
  }
}
