import type { ReactNode } from "react";

/** A page's title and the sentence that says what the page is for. */
export function PageHeader({ title, intro }: { title: ReactNode; intro: ReactNode }) {
  return (
    <div className="space-y-1">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="max-w-3xl text-sm text-stone-600 dark:text-stone-400">{intro}</p>
    </div>
  );
}
