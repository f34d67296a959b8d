import type { ReactNode } from "react";

/** Grey placeholder bars in the shape of the page to come (loading.tsx, Suspense fallbacks). */
export function Bar({ className = "" }: { className?: string }) {
  return <span aria-hidden className={`block animate-pulse rounded bg-stone-200 motion-reduce:animate-none dark:bg-stone-800 ${className}`} />;
}

type Shape = "table" | "queue" | "cards" | "matrix" | "form";

/** A page-shaped skeleton; `label` is read out ("Loading…") while the real page streams in. */
export function PageSkeleton({ label, shape, rows = 8, children }: { label: string; shape: Shape; rows?: number; children?: ReactNode }) {
  return (
    <div role="status" aria-busy="true" aria-live="polite" className="space-y-4" data-skeleton={shape}>
      <span className="sr-only">{label}</span>
      <div className="space-y-2">
        <Bar className="h-6 w-48" />
        <Bar className="h-4 w-full max-w-xl" />
      </div>
      {children}
      {shape === "cards" ? (
        <div className="grid gap-3 sm:grid-cols-3">
          {[0, 1, 2].map((i) => (
            <div key={i} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <Bar className="h-4 w-24" />
              <Bar className="h-7 w-16" />
            </div>
          ))}
        </div>
      ) : null}
      {shape === "queue" || shape === "matrix" ? (
        <div className="flex flex-wrap gap-2">
          {[0, 1, 2, 3].map((i) => (
            <Bar key={i} className="h-8 w-36" />
          ))}
        </div>
      ) : null}
      {shape === "form" ? (
        <div className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-3 dark:border-stone-800 dark:bg-stone-900">
          {[0, 1, 2, 3, 4, 5].map((i) => (
            <div key={i} className="space-y-1.5">
              <Bar className="h-3 w-20" />
              <Bar className="h-8 w-full" />
            </div>
          ))}
        </div>
      ) : null}
      <div className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="flex items-center gap-4 px-3 py-3">
            {shape === "matrix" ? <Bar className="h-4 w-64" /> : <Bar className={`h-4 ${i % 3 === 0 ? "w-2/3" : i % 3 === 1 ? "w-1/2" : "w-3/5"}`} />}
            <Bar className="ml-auto h-4 w-20" />
            <Bar className="h-4 w-12" />
          </div>
        ))}
      </div>
    </div>
  );
}
