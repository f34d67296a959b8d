import { useTranslations } from "next-intl";
import { STATUS_ICON_COLOUR, StatusGlyph } from "@/components/groups/status";
import type { MatrixCell } from "./params";

/** The mark drawn in a cell; three distinct shapes, so colour is never the only signal. */
export function CellGlyph({ state }: { state: MatrixCell }) {
  if (state === "stated") return <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full bg-stone-800 dark:bg-stone-200" />;
  if (state === "contradicted") {
    return (
      <svg viewBox="0 0 12 12" aria-hidden focusable="false" className="inline-block h-3 w-3 text-red-600 dark:text-red-400" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
        <path d="M2.5 2.5l7 7M9.5 2.5l-7 7" />
      </svg>
    );
  }
  return <span aria-hidden className="inline-block h-1 w-1 rounded-full bg-stone-300 dark:bg-stone-600" />;
}

export function MatrixLegend() {
  const t = useTranslations("matrix");
  const tGroups = useTranslations("groups");
  const item = "inline-flex items-center gap-1.5";
  const box = "inline-flex h-3.5 w-3.5 items-center justify-center";
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-stone-600 dark:text-stone-400">
      <span id="matrix-legend-label" className="font-medium text-stone-700 dark:text-stone-300">
        {t("legend.label")}
      </span>
      <ul aria-labelledby="matrix-legend-label" className="flex flex-wrap items-center gap-x-4 gap-y-1">
        {(["stated", "contradicted", "absent"] as const).map((state) => (
          <li key={state} className={item}>
            <span className={box}>
              <CellGlyph state={state} />
            </span>
            {t(`legend.${state}`)}
          </li>
        ))}
        {(["corroborated", "disputed", "unverified"] as const).map((status) => (
          <li key={status} className={item}>
            <span className={STATUS_ICON_COLOUR[status]}>
              <StatusGlyph status={status} />
            </span>
            {tGroups(`status.${status}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
