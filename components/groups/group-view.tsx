import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ContradictingGroups } from "./contradicting-groups";
import { ContradictionHints, type StatementRef } from "./contradiction-hints";
import { StatementList, readerHref } from "./statement-list";
import { asGroupStatus, StatusChip } from "./status";
import type { GroupArticle, GroupView as Group } from "./types";

const outletKey = (outlet: string | null) => outlet?.trim().toLowerCase() || null;

/** Why the articles of one independence cluster count once: same outlet, or copied text. */
export function describeCluster(articles: GroupArticle[]): { reason: "sameOutlet" | "copies"; outlets: string[] } {
  const keys = new Set(articles.map((a) => outletKey(a.outlet)));
  const named = [...new Map(articles.filter((a) => a.outlet?.trim()).map((a) => [outletKey(a.outlet), a.outlet!.trim()])).values()];
  return { reason: keys.size === 1 && !keys.has(null) ? "sameOutlet" : "copies", outlets: named };
}

export function GroupView({ group }: { group: Group }) {
  const t = useTranslations("groups");
  const format = useFormatter();
  const status = asGroupStatus(group.status);
  const first = group.statements[0];
  const articles = new Map(group.statements.map((s) => [s.article.id, s.article]));
  const clusters = group.copyClusters.map((ids) => ids.map((id) => articles.get(id)).filter((a): a is GroupArticle => !!a)).filter((c) => c.length > 1);

  // article id → outlets (or titles) of the other articles of its cluster
  const countedWith = new Map<string, string[]>();
  for (const cluster of clusters) {
    for (const article of cluster) {
      const others = cluster.filter((o) => o.id !== article.id).map((o) => o.outlet?.trim() || o.title);
      countedWith.set(article.id, [...new Set(others)]);
    }
  }
  const refs = new Map<string, StatementRef>(
    group.statements.map((s, index) => [s.id, { number: index + 1, outlet: s.article.outlet ?? t("unknownOutlet"), language: s.article.language }]),
  );
  const ownClaimIds = new Set(group.statements.map((s) => s.id));

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <nav aria-label={t("breadcrumb")} className="text-xs text-stone-500">
          <Link href="/matrix" className="hover:underline">
            {t("backToMatrix")}
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-xs font-medium tracking-wide text-stone-500 uppercase dark:text-stone-400">{t("eyebrow")}</span>
          <StatusChip status={status} />
        </div>
        <h1
          lang={first && first.article.language !== "und" ? first.article.language : undefined}
          className="max-w-5xl font-serif text-2xl leading-snug font-semibold text-stone-900 sm:text-[1.75rem] dark:text-stone-50"
        >
          {first ? first.text : t("metaTitle")}
        </h1>
        <p className="text-sm text-stone-700 dark:text-stone-300">
          {t("sources", { sources: group.sourceCount, independent: group.independentSourceCount })}
        </p>
        {clusters.length > 0 ? (
          <ul className="space-y-0.5 text-sm text-stone-600 dark:text-stone-400">
            {clusters.map((cluster) => {
              const { reason, outlets } = describeCluster(cluster);
              return (
                <li key={cluster.map((a) => a.id).join()} className="flex items-start gap-1.5">
                  <span aria-hidden className="mt-px text-stone-400">↳</span>
                  <span>{t(reason, { count: cluster.length, outlets: format.list(outlets.length > 0 ? outlets : [t("unknownOutlet")]) })}</span>
                </li>
              );
            })}
          </ul>
        ) : null}
      </header>

      {!first ? (
        <EmptyState title={t("noStatements.title")} body={t("noStatements.body")} />
      ) : (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="min-w-0 space-y-4">
            {group.statements.length === 1 ? (
              <section
                aria-labelledby="single-heading"
                className="rounded-lg border border-dashed border-accent-500/50 bg-accent-50 px-4 py-3 text-sm dark:border-accent-700 dark:bg-stone-900"
              >
                <h2 id="single-heading" className="flex items-center gap-1.5 font-semibold text-accent-700 dark:text-accent-100">
                  <svg viewBox="0 0 16 16" aria-hidden focusable="false" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
                    <circle cx="8" cy="8" r="6.5" />
                    <path d="M8 7.2v4" />
                    <circle cx="8" cy="4.9" r=".45" fill="currentColor" />
                  </svg>
                  {t("single.title")}
                </h2>
                <p className="mt-1 text-stone-700 dark:text-stone-300">{t("single.body")}</p>
                <Link href={readerHref(first)} className={`${buttonClass("secondary", "sm")} mt-2`}>
                  {t("single.action")}
                </Link>
              </section>
            ) : null}
            <ContradictionHints hints={group.contradictionHints} refs={refs} />
            <section aria-labelledby="statements-heading" className="space-y-2">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id="statements-heading" className="text-base font-semibold">
                  {t("statementsHeading")}
                </h2>
                <p className="text-xs text-stone-500 dark:text-stone-400">
                  {t("statementsCount", { count: group.statements.length, articles: group.sourceCount })}
                </p>
              </div>
              <StatementList statements={group.statements} countedWith={countedWith} />
            </section>
          </div>
          <div className="space-y-4">
            <section aria-labelledby="verdict-heading" className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <h2 id="verdict-heading" className="text-sm font-semibold">
                {t("verdict.heading")}
              </h2>
              <div className="mt-2">
                <StatusChip status={status} />
              </div>
              {group.decidedAt ? (
                <p className="mt-2 text-xs text-stone-500 dark:text-stone-400">
                  {t("verdict.decided", { date: format.dateTime(group.decidedAt, { dateStyle: "medium", timeStyle: "short" }) })}
                </p>
              ) : status === "unverified" ? (
                <p className="mt-2 text-xs text-stone-500 dark:text-stone-400">{t("verdict.none")}</p>
              ) : null}
              {group.rationale ? (
                <div className="mt-2 text-sm">
                  <h3 className="text-xs font-medium text-stone-500 dark:text-stone-400">{t("verdict.rationale")}</h3>
                  <p className="mt-0.5 whitespace-pre-line">{group.rationale}</p>
                </div>
              ) : null}
            </section>
            <ContradictingGroups groups={group.contradictingGroups} ownClaimIds={ownClaimIds} />
          </div>
        </div>
      )}
    </div>
  );
}
