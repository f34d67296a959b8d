"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { VERDICT_SHORTCUTS } from "@/components/verdicts/keys";

export const READER_SHORTCUTS = [
  { keys: ["j", "↓"], action: "next" },
  { keys: ["k", "↑"], action: "previous" },
  { keys: ["e"], action: "edit" },
  { keys: ["s"], action: "split" },
  { keys: ["m"], action: "merge" },
  { keys: ["x", "Del"], action: "delete" },
  { keys: ["u"], action: "undo" },
  { keys: ["a"], action: "add" },
  { keys: ["Esc"], action: "cancel" },
  { keys: ["?"], action: "help" },
] as const;

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations("reader");
  const tv = useTranslations("verdicts");
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="shortcuts-title" className="m-auto w-96 max-w-[calc(100vw-2rem)] rounded-lg border border-stone-200 bg-white p-4 text-stone-900 shadow-xl backdrop:bg-stone-900/30 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100">
      <h2 id="shortcuts-title" className="mb-3 text-sm font-semibold">{t("shortcuts")}</h2>
      <dl className="space-y-1.5 text-sm">
        {[
          ...READER_SHORTCUTS.map((shortcut) => ({ keys: shortcut.keys, label: t(`keys.${shortcut.action}`) })),
          ...VERDICT_SHORTCUTS.map((shortcut) => ({ keys: shortcut.keys, label: tv(`keys.${shortcut.action}`) })),
        ].map((shortcut) => (
          <div key={shortcut.label} className="flex justify-between gap-4">
            <dt className="text-stone-600 dark:text-stone-400">{shortcut.label}</dt>
            <dd className="flex gap-1">
              {shortcut.keys.map((key) => (
                <kbd key={key} className="rounded border border-stone-300 bg-stone-50 px-1.5 font-mono text-xs dark:border-stone-600 dark:bg-stone-800">{key}</kbd>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 text-right">
        <button className="rounded px-2 py-1 text-sm font-medium text-accent-600 hover:bg-stone-100 dark:hover:bg-stone-800">{t("close")}</button>
      </form>
    </dialog>
  );
}
