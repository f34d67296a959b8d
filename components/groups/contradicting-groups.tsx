import Link from "next/link";
import { useTranslations } from "next-intl";
import { contradictionLabel } from "./contradiction-hints";
import type { ContradictingGroup } from "./types";

type Values = { kind: string; unit?: string; ours: string; theirs: string };

/**
 * The values stored on the relation when it was made ({contradictions, claimId,
 * otherClaimId}); `a` belongs to `claimId`'s group, so swap when that is the other group.
 */
export function relationValues(details: unknown, ownClaimIds: ReadonlySet<string>): Values[] {
  if (typeof details !== "object" || details === null) return [];
  const { contradictions, claimId } = details as { contradictions?: unknown; claimId?: unknown };
  if (!Array.isArray(contradictions)) return [];
  const oursFirst = typeof claimId !== "string" || ownClaimIds.has(claimId);
  return contradictions.flatMap((item: unknown) => {
    if (typeof item !== "object" || item === null) return [];
    const { kind, unit, a, b } = item as Record<string, unknown>;
    if (typeof a !== "string" || typeof b !== "string") return [];
    return [{ kind: typeof kind === "string" ? kind : "other", unit: typeof unit === "string" ? unit : undefined, ours: oursFirst ? a : b, theirs: oursFirst ? b : a }];
  });
}

export function ContradictingGroups({ groups, ownClaimIds }: { groups: ContradictingGroup[]; ownClaimIds: ReadonlySet<string> }) {
  const t = useTranslations("groups");
  return (
    <section aria-labelledby="contradicting-heading" className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <h2 id="contradicting-heading" className="flex items-center gap-1.5 text-sm font-semibold">
        <svg viewBox="0 0 16 16" aria-hidden focusable="false" className={`h-3.5 w-3.5 ${groups.length > 0 ? "text-red-700 dark:text-red-400" : "text-stone-400 dark:text-stone-500"}`} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
          <path d="M3.5 3.5l9 9M12.5 3.5l-9 9" />
        </svg>
        {t("contradicting.heading")}
      </h2>
      {groups.length === 0 ? (
        <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">{t("contradicting.none")}</p>
      ) : (
        <>
          <p className="mt-1 text-xs text-stone-500 dark:text-stone-400">{t("contradicting.intro")}</p>
          <ul className="mt-3 space-y-3">
            {groups.map((group) => {
              const values = relationValues(group.details, ownClaimIds);
              return (
                <li key={group.groupId} className="border-l-2 border-red-300 pl-3 dark:border-red-800">
                  {values.length > 0 ? (
                    <ul className="mb-1.5 flex flex-wrap gap-1">
                      {values.map((value, index) => (
                        <li key={index} className="rounded bg-red-50 px-1.5 py-0.5 text-xs text-red-900 dark:bg-red-950 dark:text-red-100" title={contradictionLabel(t, value)}>
                          <span className="sr-only">{contradictionLabel(t, value)}: </span>
                          {t("contradicting.values", { a: value.ours, b: value.theirs })}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {group.claims.length === 0 ? (
                    <p className="text-sm">
                      <span className="text-stone-500 dark:text-stone-400">{t("contradicting.noClaims")} </span>
                      <Link href={`/groups/${group.groupId}`} className="text-accent-600 hover:underline dark:text-accent-100">
                        {t("contradicting.open")}
                      </Link>
                    </p>
                  ) : (
                    <ul className="space-y-1.5">
                      {group.claims.map((claim) => (
                        <li key={claim.id} className="text-sm leading-snug">
                          <span className="block text-xs text-stone-500 dark:text-stone-400">{claim.article.outlet ?? t("unknownOutlet")}</span>
                          <Link
                            href={`/groups/${group.groupId}`}
                            title={claim.article.title}
                            className="text-stone-900 hover:text-accent-600 hover:underline dark:text-stone-100 dark:hover:text-accent-100"
                          >
                            {claim.text}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
