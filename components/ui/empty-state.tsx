import type { ReactNode } from "react";

export function EmptyState({ title, body, action }: { title: ReactNode; body: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 px-6 py-12 text-center dark:border-stone-700">
      <h2 className="text-base font-semibold">{title}</h2>
      <p className="mx-auto mt-1 max-w-md text-sm text-stone-600 dark:text-stone-400">{body}</p>
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
