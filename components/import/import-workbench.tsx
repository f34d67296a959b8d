"use client";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { FileBatch } from "./file-batch";
import { PasteForm } from "./paste-form";
import type { ImportArticle } from "./types";

const MODES = ["paste", "upload"] as const;
type Mode = (typeof MODES)[number];

/**
 * The two ways in: paste one article, or upload many files. Both panels stay mounted,
 * so switching tabs never loses a half-filled form or a running batch.
 */
export function ImportWorkbench({ importArticle }: { importArticle: ImportArticle }) {
  const t = useTranslations("import.modes");
  const id = useId();
  const [mode, setMode] = useState<Mode>("paste");
  const tabs = useRef<Partial<Record<Mode, HTMLButtonElement | null>>>({});

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = MODES.indexOf(mode);
    const next =
      event.key === "ArrowRight" ? MODES[(index + 1) % MODES.length]
      : event.key === "ArrowLeft" ? MODES[(index - 1 + MODES.length) % MODES.length]
      : event.key === "Home" ? MODES[0]
      : event.key === "End" ? MODES[MODES.length - 1]
      : undefined;
    if (!next) return;
    event.preventDefault();
    setMode(next);
    tabs.current[next]?.focus();
  }

  return (
    <div className="space-y-5">
      <div role="tablist" aria-label={t("label")} className="inline-flex rounded-lg border border-stone-200 bg-stone-100 p-0.5 dark:border-stone-800 dark:bg-stone-900">
        {MODES.map((value) => {
          const selected = value === mode;
          return (
            <button
              key={value}
              ref={(element) => {
                tabs.current[value] = element;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${value}`}
              aria-selected={selected}
              aria-controls={`${id}-panel-${value}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => setMode(value)}
              onKeyDown={onKeyDown}
              className={`rounded-md px-3.5 py-1.5 text-sm transition-colors ${
                selected
                  ? "bg-white font-medium text-stone-900 shadow-sm dark:bg-stone-800 dark:text-stone-100"
                  : "text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100"
              }`}
            >
              {t(value)}
            </button>
          );
        })}
      </div>
      {MODES.map((value) => (
        <section key={value} role="tabpanel" id={`${id}-panel-${value}`} aria-labelledby={`${id}-tab-${value}`} hidden={value !== mode}>
          {value === "paste" ? <PasteForm importArticle={importArticle} /> : <FileBatch importArticle={importArticle} />}
        </section>
      ))}
    </div>
  );
}
