import { useId, type ReactNode } from "react";

/** A titled card of the team and account pages; the title names the region for screen readers. */
export function Section({ title, description, actions, children }: { title: string; description?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <div className="flex flex-wrap items-start justify-between gap-3 border-b border-stone-200 px-4 py-3 dark:border-stone-800">
        <div>
          <h2 id={id} className="text-base font-semibold">
            {title}
          </h2>
          {description ? <p className="mt-0.5 max-w-2xl text-sm text-stone-600 dark:text-stone-400">{description}</p> : null}
        </div>
        {actions}
      </div>
      <div className="px-4 py-4">{children}</div>
    </section>
  );
}

const ROLE_TONES: Record<string, string> = {
  owner: "bg-accent-50 text-accent-700 ring-accent-100 dark:bg-stone-800 dark:text-accent-100 dark:ring-stone-700",
  editor: "bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-100 dark:ring-emerald-900",
  viewer: "bg-stone-100 text-stone-700 ring-stone-200 dark:bg-stone-800 dark:text-stone-200 dark:ring-stone-700",
};

export function RoleBadge({ role, label }: { role: string; label: string }) {
  return <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${ROLE_TONES[role] ?? ROLE_TONES.viewer}`}>{label}</span>;
}
