import { useId, type ReactNode, type SelectHTMLAttributes } from "react";

/** The compact variant, for a select inside a table row. */
export const inlineSelectClass =
  "rounded-md border border-stone-300 bg-white px-2 py-1 text-sm text-stone-900 focus:border-accent-500 focus:ring-2 focus:ring-accent-500/30 focus:outline-none disabled:opacity-60 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100";

export const selectClass =
  "block w-full rounded-md border border-stone-300 bg-white px-2.5 py-2 text-sm text-stone-900 shadow-sm focus:border-accent-500 focus:ring-2 focus:ring-accent-500/30 focus:outline-none dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100";

/** A labelled select with its errors, the select twin of components/ui/field. */
export function SelectField({ label, errors, children, ...select }: SelectHTMLAttributes<HTMLSelectElement> & { label: ReactNode; errors?: string[] }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800 dark:text-stone-200">
        {label}
      </label>
      <select id={id} className={selectClass} aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `${id}-error` : undefined} {...select}>
        {children}
      </select>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-xs text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
