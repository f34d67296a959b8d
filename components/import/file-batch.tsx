"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ACCEPT_ATTRIBUTE } from "./file-metadata";
import { cellInput, type FileRow, FileRowView, ROW_FIELDS, type RowStatus } from "./file-row";
import type { ImportArticle } from "./types";
import { useImportQueue } from "./use-import-queue";

/** Many files at once: read in the browser, reviewed in a table, imported one at a time. */
export function FileBatch({ importArticle }: { importArticle: ImportArticle }) {
  const t = useTranslations("import");
  const format = useFormatter();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { rows, running, progress, ranOnce, reading, addFiles, importReady, requeue, editMeta, applyToEditable, remove, skip, stop, clear } = useImportQueue(importArticle);
  const [dragging, setDragging] = useState(false);
  const [shared, setShared] = useState({ outlet: "", publishedAt: "" });
  const [appliedTo, setAppliedTo] = useState<number | null>(null);
  const add = (list: FileList | null) => {
    setAppliedTo(null);
    return addFiles(list);
  };

  const counts = { ready: 0, queued: 0, importing: 0, done: 0, duplicate: 0, skipped: 0, failed: 0, rejected: 0 } satisfies Record<RowStatus, number>;
  for (const row of rows) counts[row.status] += 1;
  const waiting = counts.ready;
  const fieldLabel = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field);
  const clientMessage = (row: FileRow) =>
    row.clientError === "tooLarge"
      ? t("errors.tooLarge", { size: format.number(row.size / (1024 * 1024), { maximumFractionDigits: 1 }) })
      : row.clientError
        ? t(`errors.${row.clientError}`)
        : null;

  const statusLine = progress
    ? t("progress.running", progress)
    : ranOnce
      ? [
          t("progress.summary", { imported: counts.done, duplicates: counts.duplicate + counts.skipped, failed: counts.failed + counts.rejected }),
          waiting > 0 ? t("progress.remaining", { count: waiting }) : "",
        ]
          .filter(Boolean)
          .join(" ")
      : reading > 0
        ? t("upload.reading", { count: reading })
        : "";

  return (
    <div className="space-y-4">
      <div
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = "copy";
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void add(event.dataTransfer.files);
        }}
        className={`flex flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed text-center transition-colors has-[input:focus-visible]:border-accent-500 has-[input:focus-visible]:ring-2 has-[input:focus-visible]:ring-accent-500/30 ${
          dragging ? "border-accent-500 bg-accent-50 dark:bg-stone-900" : "border-stone-300 bg-white dark:border-stone-700 dark:bg-stone-900"
        } ${rows.length ? "px-4 py-4 sm:flex-row sm:gap-4" : "px-6 py-10"}`}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className={`${rows.length ? "size-6" : "size-8"} shrink-0 text-stone-400`} fill="none" stroke="currentColor" strokeWidth={1.5}>
          <path strokeLinecap="round" strokeLinejoin="round" d="M12 16V4m0 0 4 4m-4-4L8 8M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2" />
        </svg>
        <div className={rows.length ? "text-left" : ""}>
          <p className="text-sm font-medium text-stone-800 dark:text-stone-200">{t("upload.dropTitle")}</p>
          <p id={`${id}-drop-hint`} className="mt-0.5 max-w-xl text-xs text-stone-500 dark:text-stone-400">
            {t("upload.dropBody")}
          </p>
        </div>
        <input
          ref={inputRef}
          id={`${id}-files`}
          type="file"
          multiple
          accept={ACCEPT_ATTRIBUTE}
          aria-describedby={`${id}-drop-hint`}
          className="sr-only"
          onChange={(event) => {
            const input = event.currentTarget;
            void add(input.files).finally(() => {
              // Lets the same file be chosen again (e.g. to import a duplicate on purpose).
              input.value = "";
            });
          }}
        />
        <label htmlFor={`${id}-files`} className="inline-flex cursor-pointer items-center justify-center rounded-md border border-stone-300 bg-white px-3.5 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100 sm:ml-auto dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800">
          {rows.length ? t("upload.chooseMore") : t("upload.choose")}
        </label>
      </div>

      {rows.length > 0 ? (
        <>
          <div className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white px-3 py-2.5 dark:border-stone-800 dark:bg-stone-900">
            <label className="space-y-0.5 text-xs text-stone-600 dark:text-stone-400">
              <span className="block">{t("upload.applyOutlet")}</span>
              <input
                value={shared.outlet}
                onChange={(event) => setShared((current) => ({ ...current, outlet: event.target.value }))}
                className={`${cellInput} w-48`}
              />
            </label>
            <label className="space-y-0.5 text-xs text-stone-600 dark:text-stone-400">
              <span className="block">{t("upload.applyDate")}</span>
              <input
                type="date"
                value={shared.publishedAt}
                onChange={(event) => setShared((current) => ({ ...current, publishedAt: event.target.value }))}
                className={`${cellInput} w-40`}
              />
            </label>
            <Button variant="secondary" size="sm" className="mb-0.5" disabled={!shared.outlet.trim() && !shared.publishedAt} onClick={() => setAppliedTo(applyToEditable(shared))}>
              {t("upload.apply")}
            </Button>
            {appliedTo !== null ? <p className="mb-1 text-xs text-stone-500">{t("upload.applied", { count: appliedTo })}</p> : null}
            <Button
              variant="ghost"
              size="sm"
              className="mb-0.5 ml-auto"
              disabled={running}
              onClick={() => {
                clear();
                setAppliedTo(null);
              }}
            >
              {t("upload.clear")}
            </Button>
          </div>

          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
            <table className="w-full min-w-[72rem] table-fixed text-left text-sm">
              <caption className="sr-only">{t("upload.caption")}</caption>
              <colgroup>
                <col />
                <col className="w-32" />
                <col className="w-36" />
                <col className="w-32" />
                <col className="w-36" />
                <col className="w-36" />
                <col className="w-40" />
                <col className="w-10" />
              </colgroup>
              <thead className="border-b border-stone-200 bg-stone-50 text-xs tracking-wide text-stone-500 uppercase dark:border-stone-800 dark:bg-stone-900">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">{t("upload.file")}</th>
                  {ROW_FIELDS.map((field) => (
                    <th key={field} scope="col" className="px-1.5 py-2 font-medium">
                      {t(`fields.${field}`)}
                    </th>
                  ))}
                  <th scope="col" className="px-3 py-2 font-medium">{t("upload.status")}</th>
                  <th scope="col" className="px-1 py-2">
                    <span className="sr-only">{t("upload.actions")}</span>
                  </th>
                </tr>
              </thead>
              {rows.map((row) => (
                <FileRowView
                  key={row.key}
                  row={row}
                  fieldLabel={fieldLabel}
                  clientMessage={clientMessage(row)}
                  onEdit={(field, value) => editMeta(row.key, field, value)}
                  onRemove={() => remove(row.key)}
                  onImportAnyway={() => requeue(row.key, { allowDuplicate: true })}
                  onSkip={() => skip(row.key)}
                  onRetry={() => requeue(row.key)}
                />
              ))}
            </table>
          </div>
        </>
      ) : null}

      {/* Sticks to the bottom of the window so a long list never hides the progress and the button. */}
      <div
        className={`flex flex-wrap items-center justify-end gap-3 ${
          rows.length ? "sticky bottom-0 z-10 -mx-4 border-t border-stone-200 bg-stone-50/95 px-4 py-3 backdrop-blur-sm sm:-mx-6 sm:px-6 dark:border-stone-800 dark:bg-stone-950/95" : ""
        }`}
      >
        <div role="status" aria-live="polite" className="mr-auto flex items-center gap-3 text-sm text-stone-700 dark:text-stone-300">
          {progress ? (
            <progress
              value={progress.position - 1}
              max={progress.total}
              aria-hidden="true"
              className="h-1.5 w-32 overflow-hidden rounded-full bg-stone-200 [&::-webkit-progress-bar]:bg-stone-200 [&::-webkit-progress-value]:bg-accent-600 [&::-moz-progress-bar]:bg-accent-600"
            />
          ) : null}
          <span>{statusLine}</span>
        </div>
        {running ? (
          <Button variant="secondary" onClick={stop}>
            {t("upload.stop")}
          </Button>
        ) : null}
        {rows.length > 0 ? (
          <Button onClick={importReady} disabled={running || waiting === 0}>
            {running ? t("upload.importing") : t("upload.import", { count: waiting })}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
