"use client";
import { useEffect, useRef } from "react";

export type KeyHelpItem = { keys: readonly string[]; label: string };

/** A modal list of keyboard shortcuts (native <dialog>: focus trap and Esc for free). */
export function KeyHelpDialog({ open, onClose, title, closeLabel, items }: { open: boolean; onClose: () => void; title: string; closeLabel: string; items: KeyHelpItem[] }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} onClose={onClose} aria-label={title} className="m-auto w-96 max-w-[calc(100vw-2rem)] rounded-lg border border-stone-200 bg-white p-4 text-stone-900 shadow-xl backdrop:bg-stone-900/30 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100">
      <h2 className="mb-3 text-sm font-semibold">{title}</h2>
      <dl className="space-y-1.5 text-sm">
        {items.map((item) => (
          <div key={item.label} className="flex justify-between gap-4">
            <dt className="text-stone-600 dark:text-stone-400">{item.label}</dt>
            <dd className="flex shrink-0 gap-1">
              {item.keys.map((key) => (
                <kbd key={key} className="rounded border border-stone-300 bg-stone-50 px-1.5 font-mono text-xs dark:border-stone-600 dark:bg-stone-800">{key}</kbd>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 text-right">
        <button className="rounded px-2 py-1 text-sm font-medium text-accent-600 hover:bg-stone-100 dark:hover:bg-stone-800">{closeLabel}</button>
      </form>
    </dialog>
  );
}
