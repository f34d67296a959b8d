"use client";
import { useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";

export type ToastTone = "success" | "error" | "info";
export type ToastInput = {
  message: string;
  tone?: ToastTone;
  /** One follow-up, usually "Undo": offered while the toast is up (longer than a plain toast). */
  action?: { label: string; run: () => void };
  durationMs?: number;
};
type Toast = ToastInput & { id: number; tone: ToastTone; durationMs: number };

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

const TONES: Record<ToastTone, string> = {
  success: "border-emerald-300 dark:border-emerald-800",
  error: "border-red-300 dark:border-red-800",
  info: "border-stone-300 dark:border-stone-700",
};
const MARKS: Record<ToastTone, { glyph: string; className: string }> = {
  success: { glyph: "✓", className: "text-emerald-600 dark:text-emerald-400" },
  error: { glyph: "!", className: "text-red-600 dark:text-red-400" },
  info: { glyph: "i", className: "text-sky-600 dark:text-sky-400" },
};
const MAX_VISIBLE = 3;

/**
 * One toast mechanism for the whole app: `useToast()(…)` from any client component.
 * The region is always in the page (role="status", polite), so screen readers announce
 * every toast; errors stay longer, toasts with an action longer still; hovering or
 * focusing a toast pauses its timer.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useTranslations("toast");
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);
  const show = useCallback((input: ToastInput) => {
    const tone = input.tone ?? "success";
    const durationMs = input.durationMs ?? (input.action ? 8_000 : tone === "error" ? 8_000 : 4_000);
    const toast: Toast = { ...input, tone, durationMs, id: nextId.current++ };
    setToasts((all) => [...all.filter((other) => other.message !== toast.message), toast].slice(-MAX_VISIBLE));
  }, []);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div
        role="status"
        aria-live="polite"
        aria-label={t("region")}
        className="pointer-events-none fixed bottom-4 left-4 z-50 flex w-[min(24rem,calc(100vw-2rem))] flex-col gap-2"
      >
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} dismiss={dismiss} dismissLabel={t("dismiss")} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, dismiss, dismissLabel }: { toast: Toast; dismiss: (id: number) => void; dismissLabel: string }) {
  const [paused, setPaused] = useState(false);
  const { id, durationMs } = toast;
  const onDismiss = () => dismiss(id);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => dismiss(id), durationMs);
    return () => clearTimeout(timer);
  }, [paused, durationMs, dismiss, id]);
  const mark = MARKS[toast.tone];
  return (
    <div
      data-toast={toast.tone}
      className={`pointer-events-auto flex items-start gap-2 rounded-md border bg-white px-3 py-2 text-sm text-stone-900 shadow-lg dark:bg-stone-900 dark:text-stone-100 ${TONES[toast.tone]}`}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
      onKeyDown={(event) => {
        if (event.key === "Escape") onDismiss();
      }}
    >
      <span aria-hidden className={`mt-px w-3 shrink-0 text-center font-semibold ${mark.className}`}>
        {mark.glyph}
      </span>
      <p className="min-w-0 flex-1 leading-snug">{toast.message}</p>
      {toast.action ? (
        <button
          type="button"
          className="shrink-0 rounded px-1.5 font-medium text-accent-600 underline-offset-2 hover:underline dark:text-accent-100"
          onClick={() => {
            onDismiss();
            toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button type="button" aria-label={dismissLabel} onClick={onDismiss} className="shrink-0 rounded px-1 text-stone-400 hover:text-stone-700 dark:hover:text-stone-200">
        <span aria-hidden>×</span>
      </button>
    </div>
  );
}

/** Shows a toast. Outside a ToastProvider (never in the app) it does nothing. */
export function useToast() {
  const show = useContext(ToastContext);
  return useMemo(() => show ?? (() => undefined), [show]);
}
