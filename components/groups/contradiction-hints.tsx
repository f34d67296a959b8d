import { useTranslations } from "next-intl";
import type { ContradictionHint, ContradictionView } from "./types";

export type StatementRef = { number: number; outlet: string; language: string };

type Props = {
  hints: ContradictionHint[];
  /** claim id → its number on the page and its outlet */
  refs: Map<string, StatementRef>;
};

type Translator = ReturnType<typeof useTranslations<"groups">>;

/** A localized label from the contradiction's kind and unit (the service's label is English). */
export function contradictionLabel(t: Translator, contradiction: Pick<ContradictionView, "kind" | "unit">): string {
  switch (contradiction.kind) {
    case "number":
      return t("hints.kind.number");
    case "date":
      return contradiction.unit === "month" ? t("hints.kind.month") : contradiction.unit === "year" ? t("hints.kind.year") : t("hints.kind.day");
    case "weekday":
      return t("hints.kind.weekday");
    case "time":
      return t("hints.kind.time");
    case "name":
      return t("hints.kind.name", { role: (contradiction.unit ?? "").replace(/-/g, " ") });
    default:
      return t("hints.kind.other");
  }
}

const langOf = (language: string | undefined) => (language && /^[a-z]{2,3}$/.test(language) && language !== "und" ? language : undefined);

export function WarningGlyph({ className = "h-4 w-4" }: { className?: string }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden focusable="false" className={`shrink-0 ${className}`} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" strokeLinecap="round">
      <path d="M8 1.8 15 14H1L8 1.8Z" />
      <path d="M8 6.3v3.6" />
      <circle cx="8" cy="11.9" r=".45" fill="currentColor" />
    </svg>
  );
}

export function ContradictionHints({ hints, refs }: Props) {
  const t = useTranslations("groups");
  const items = hints.flatMap((hint) =>
    hint.contradictions.map((contradiction, index) => ({ key: `${hint.claimId}-${hint.otherClaimId}-${index}`, hint, contradiction })),
  );
  if (items.length === 0) return null;
  return (
    <section
      aria-labelledby="contradiction-hints-heading"
      className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-50"
    >
      <h2 id="contradiction-hints-heading" className="flex items-center gap-2 text-base font-semibold">
        <WarningGlyph className="h-4.5 w-4.5 text-amber-700 dark:text-amber-400" />
        {t("hints.heading")}
      </h2>
      <p className="mt-1 text-sm text-amber-900 dark:text-amber-100/90">{t("hints.intro")}</p>
      <ul className="mt-3 space-y-3">
        {items.map(({ key, hint, contradiction }) => {
          const a = refs.get(hint.claimId);
          const b = refs.get(hint.otherClaimId);
          return (
            <li key={key}>
              <p className="text-xs font-semibold tracking-wide text-amber-900 uppercase dark:text-amber-200">{contradictionLabel(t, contradiction)}</p>
              <div className="mt-1 grid grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)] items-stretch gap-2">
                <Value value={contradiction.a} statementId={hint.claimId} statement={a} />
                <span className="self-center text-xl font-semibold text-amber-800 dark:text-amber-300">
                  <span aria-hidden>≠</span>
                  <span className="sr-only">{t("hints.differsFrom")}</span>
                </span>
                <Value value={contradiction.b} statementId={hint.otherClaimId} statement={b} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Value({ value, statementId, statement }: { value: string; statementId: string; statement: StatementRef | undefined }) {
  const t = useTranslations("groups");
  return (
    <div className="rounded-md border border-amber-300 bg-white px-3 py-2 dark:border-amber-800 dark:bg-stone-900">
      <p lang={langOf(statement?.language)} className="font-serif text-lg leading-tight font-semibold text-stone-900 dark:text-stone-50">
        “{value}”
      </p>
      {statement ? (
        <a href={`#statement-${statementId}`} className="mt-0.5 block text-xs text-stone-600 hover:text-accent-600 hover:underline dark:text-stone-400 dark:hover:text-accent-100">
          {t("hints.statementRef", { number: statement.number, outlet: statement.outlet })}
        </a>
      ) : null}
    </div>
  );
}
