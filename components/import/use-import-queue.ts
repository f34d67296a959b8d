"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { formatFromFileName, MAX_FILE_BYTES, metaForFile, readFileText } from "./file-metadata";
import { EDITABLE, type FileRow } from "./file-row";
import { duplicateOf, EMPTY_META, toImportInput, type ArticleMeta, type ImportArticle } from "./types";

/**
 * The rows of a file batch and the loop that imports them one at a time: files are read
 * in the browser, queued, sent, and each row keeps its own outcome.
 */
export function useImportQueue(importArticle: ImportArticle) {
  const t = useTranslations("import");
  // The rows live in a ref (read by the import loop) mirrored into state (rendered).
  const rowsRef = useRef<FileRow[]>([]);
  const [rows, setRows] = useState<FileRow[]>([]);
  const nextKey = useRef(0);
  const runningRef = useRef(false);
  const stopRef = useRef(false);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ position: number; total: number; file: string } | null>(null);
  const [ranOnce, setRanOnce] = useState(false);
  const [reading, setReading] = useState(0);

  const commit = (update: (rows: FileRow[]) => FileRow[]) => {
    rowsRef.current = update(rowsRef.current);
    setRows(rowsRef.current);
  };
  const patch = (key: string, changes: Partial<FileRow>) => commit((all) => all.map((row) => (row.key === key ? { ...row, ...changes } : row)));

  useEffect(() => {
    if (!running) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = t("upload.leaveWarning");
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [running, t]);

  async function readRow(file: File, key: string): Promise<FileRow> {
    const base: FileRow = { key, fileName: file.name, size: file.size, format: formatFromFileName(file.name), text: "", meta: EMPTY_META, status: "rejected", allowDuplicate: false };
    if (!base.format) return { ...base, clientError: "unsupported" };
    if (file.size > MAX_FILE_BYTES) return { ...base, clientError: "tooLarge" };
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      return { ...base, clientError: "unreadable" };
    }
    if (!text.trim()) return { ...base, clientError: "empty" };
    return { ...base, text, meta: metaForFile(file.name, text, base.format), status: "ready" };
  }

  async function addFiles(list: FileList | null) {
    const files = Array.from(list ?? []);
    if (files.length === 0) return;
    setReading((count) => count + files.length);
    const added = await Promise.all(files.map((file) => readRow(file, `file-${nextKey.current++}`)));
    setReading((count) => count - files.length);
    commit((all) => [...all, ...added]);
  }

  async function send(row: FileRow): Promise<Partial<FileRow>> {
    let result: Awaited<ReturnType<ImportArticle>>;
    try {
      result = await importArticle(toImportInput(row.meta, row.text, row.format ?? "text", row.allowDuplicate));
    } catch {
      return { status: "failed", clientError: "network" };
    }
    if (result.ok) return { status: "done", result: result.data, text: "" };
    const existing = duplicateOf(result);
    if (existing) return { status: "duplicate", existing };
    return { status: "failed", serverError: result.error, fieldErrors: result.fieldErrors };
  }

  /** Imports queued rows one at a time until none is left; a failure only marks its row. */
  async function run() {
    if (runningRef.current) return;
    runningRef.current = true;
    stopRef.current = false;
    setRunning(true);
    let handled = 0;
    try {
      for (;;) {
        const queued = rowsRef.current.filter((row) => row.status === "queued");
        const row = queued[0];
        if (!row || stopRef.current) break;
        setProgress({ position: handled + 1, total: handled + queued.length, file: row.fileName });
        patch(row.key, { status: "importing", clientError: undefined, serverError: undefined, fieldErrors: undefined, existing: undefined });
        patch(row.key, await send(row));
        handled += 1;
      }
    } finally {
      // Stopped: what was still waiting goes back to "ready" for the next "Import".
      commit((all) => all.map((row) => (row.status === "queued" ? { ...row, status: "ready" } : row)));
      runningRef.current = false;
      setRunning(false);
      setProgress(null);
      setRanOnce(true);
    }
  }

  function importReady() {
    commit((all) => all.map((row) => (row.status === "ready" ? { ...row, status: "queued" } : row)));
    void run();
  }

  function requeue(key: string, changes: Partial<FileRow> = {}) {
    patch(key, { ...changes, status: "queued" });
    void run();
  }

  function editMeta(key: string, field: keyof ArticleMeta, value: string) {
    commit((all) =>
      all.map((row) => {
        if (row.key !== key) return row;
        const fieldErrors = row.fieldErrors ? { ...row.fieldErrors } : undefined;
        if (fieldErrors) delete fieldErrors[field];
        return { ...row, meta: { ...row.meta, [field]: value }, fieldErrors };
      }),
    );
  }

  /** Outlet and date for every row still editable; how many rows took them. */
  function applyToEditable(shared: { outlet: string; publishedAt: string }): number {
    let count = 0;
    commit((all) =>
      all.map((row) => {
        if (!EDITABLE.has(row.status) || row.status === "queued") return row;
        count += 1;
        return {
          ...row,
          meta: { ...row.meta, ...(shared.outlet.trim() ? { outlet: shared.outlet.trim() } : {}), ...(shared.publishedAt ? { publishedAt: shared.publishedAt } : {}) },
        };
      }),
    );
    return count;
  }

  return {
    rows, running, progress, ranOnce, reading,
    addFiles, importReady, requeue, editMeta, applyToEditable,
    remove: (key: string) => commit((all) => all.filter((other) => other.key !== key)),
    skip: (key: string) => patch(key, { status: "skipped" }),
    stop: () => (stopRef.current = true),
    clear: () => {
      commit(() => []);
      setRanOnce(false);
    },
  };
}
