"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { filenameFromDisposition } from "@/lib/export/filename";

type State = { phase: "idle" } | { phase: "running"; bytes: number } | { phase: "done"; file: string; bytes: number } | { phase: "failed"; message: string };

function useSize() {
  const locale = useLocale();
  return (bytes: number) => {
    const [value, unit] = bytes < 1024 ? [bytes, "byte"] : bytes < 1024 * 1024 ? [bytes / 1024, "kilobyte"] : [bytes / 1024 / 1024, "megabyte"];
    return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: value < 10 && unit !== "byte" ? 1 : 0 }).format(value);
  };
}

/**
 * Fetches the streamed export, counting bytes as they arrive (a 100k-claim file takes a
 * few seconds), then hands the file to the browser as a download.
 */
export function DownloadButton({ href, label, fallbackName, children }: { href: string; label: string; fallbackName: string; children?: React.ReactNode }) {
  const t = useTranslations("export");
  const size = useSize();
  const [state, setState] = useState<State>({ phase: "idle" });
  const abort = useRef<AbortController | null>(null);

  async function download() {
    const controller = new AbortController();
    abort.current = controller;
    setState({ phase: "running", bytes: 0 });
    try {
      const response = await fetch(href, { signal: controller.signal, headers: { accept: "*/*" } });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? response.statusText);
      }
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        chunks.push(value as Uint8Array<ArrayBuffer>);
        bytes += value.byteLength;
        setState({ phase: "running", bytes });
      }
      const file = filenameFromDisposition(response.headers.get("content-disposition")) ?? fallbackName;
      const url = URL.createObjectURL(new Blob(chunks, { type: response.headers.get("content-type") ?? "application/octet-stream" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = file;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked on the next tick: the click has started the download by then.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      setState({ phase: "done", file, bytes });
    } catch (error) {
      if (controller.signal.aborted) setState({ phase: "idle" });
      else setState({ phase: "failed", message: error instanceof Error ? error.message : String(error) });
    } finally {
      abort.current = null;
    }
  }

  const running = state.phase === "running";
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={download} disabled={running} aria-describedby="export-progress">
          <svg viewBox="0 0 16 16" aria-hidden className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
            <path d="M8 2.5v8M4.5 7 8 10.5 11.5 7M3 13.5h10" />
          </svg>
          {label}
        </Button>
        {running ? (
          <Button variant="ghost" onClick={() => abort.current?.abort()}>
            {t("cancel")}
          </Button>
        ) : (
          children
        )}
      </div>
      <div id="export-progress" aria-live="polite" className="text-sm empty:hidden">
        {running ? (
          <div className="space-y-1">
            <p className="text-stone-600 tabular-nums dark:text-stone-300">{t("downloading", { size: size(state.bytes) })}</p>
            {/* The total is unknown while streaming: an indeterminate bar. */}
            <div className="h-1.5 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800">
              <div className="h-full w-1/3 animate-pulse rounded-full bg-accent-500" />
            </div>
          </div>
        ) : null}
        {state.phase === "done" ? <Alert tone="success">{t("downloaded", { file: state.file, size: size(state.bytes) })}</Alert> : null}
        {state.phase === "failed" ? <Alert tone="error">{t("downloadFailed", { message: state.message })}</Alert> : null}
      </div>
    </div>
  );
}
