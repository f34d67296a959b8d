import type { Metadata } from "next";
import Link from "next/link";
import { getTimeZone, getTranslations } from "next-intl/server";
import { STATUS_ORDER } from "@/components/dashboard/colours";
import { DataTable } from "@/components/dashboard/data-table";
import { ProgressChart } from "@/components/dashboard/progress-chart";
import { StatusBars, type StatusRow } from "@/components/dashboard/status-bars";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LiveRefresh } from "@/components/verdicts/live-refresh";
import { StatusBadge } from "@/components/verdicts/status-badge";
import { requireTeamContext } from "@/lib/auth/context";
import { verdictCounts, verdictProgress } from "@/lib/services/dashboard";
import { PageHeader } from "@/components/ui/page-header";

// The article chart stays readable: the most recent ones (the table and the queue have all).
const ARTICLE_ROWS = 15;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

function Section({ title, intro, children }: { title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-label={title} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
      <div>
        <h2 className="text-base font-semibold">{title}</h2>
        {intro ? <p className="text-xs text-stone-500">{intro}</p> : null}
      </div>
      {children}
    </section>
  );
}

export default async function DashboardPage() {
  const context = await requireTeamContext();
  const [t, timeZone] = await Promise.all([getTranslations("dashboard"), getTimeZone()]);
  const [counts, progress] = await Promise.all([verdictCounts(context.teamId), verdictProgress(context.teamId, timeZone)]);
  const total = counts.total.corroborated + counts.total.disputed + counts.total.unverified;

  const header = <PageHeader title={t("title")} intro={t("intro")} />;
  if (total === 0) {
    return (
      <div className="space-y-4">
        {header}
        <EmptyState title={t("empty.title")} body={t("empty.body")} action={<Link href="/import" className={buttonClass("primary")}>{t("empty.import")}</Link>} />
      </div>
    );
  }

  const articleRows: StatusRow[] = counts.articles.map((a) => ({ key: a.articleId, label: a.outlet ? `${a.title} (${a.outlet})` : a.title, ...a }));
  const outletRows: StatusRow[] = counts.outlets.map((o) => ({ key: o.outlet ?? "", label: o.outlet ?? t("noOutlet"), ...o }));
  const latest = progress.at(-1);

  return (
    <div className="space-y-5">
      {header}
      <ul aria-label={t("totals")} className="grid gap-3 sm:grid-cols-3">
        {STATUS_ORDER.map((status) => ({ status, count: counts.total[status] })).map(({ status, count }) => (
            <li key={status} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <StatusBadge status={status} />
              <p className="mt-2 text-2xl font-semibold tabular-nums">{count}</p>
              <p className="text-xs text-stone-500">{t("ofClaims", { percent: Math.round((count / total) * 100), total })}</p>
              <Link href={`/queue?status=${status}`} className="mt-1 inline-block text-xs text-accent-600 hover:underline">{t("openInQueue")}</Link>
            </li>
          ))}
      </ul>

      <Section title={t("progress.title")} intro={t("progress.intro")}>
        {progress.length === 0 ? (
          <p className="text-sm text-stone-500">{t("progress.none")}</p>
        ) : (
          <>
            <ProgressChart points={progress} label={t("progress.summary", { corroborated: latest?.corroborated ?? 0, disputed: latest?.disputed ?? 0, days: progress.length })} />
            <DataTable caption={t("progress.title")} firstColumn={t("day")} statuses={["corroborated", "disputed"]} rows={[...progress].reverse().map((p) => ({ key: p.day, label: p.day, corroborated: p.corroborated, disputed: p.disputed }))} />
          </>
        )}
      </Section>

      <div className="grid gap-5 xl:grid-cols-2">
        <Section title={t("byArticle.title")} intro={counts.articles.length > ARTICLE_ROWS ? t("byArticle.latest", { count: ARTICLE_ROWS }) : t("byArticle.intro")}>
          <StatusBars rows={articleRows.slice(0, ARTICLE_ROWS)} label={t("byArticle.summary", { count: counts.articles.length })} />
          <DataTable
            caption={t("byArticle.title")}
            firstColumn={t("article")}
            statuses={["corroborated", "disputed", "unverified"]}
            rows={counts.articles.map((a) => ({ ...a, key: a.articleId, label: <Link href={`/queue?articleId=${a.articleId}`} className="hover:underline">{a.title}</Link> }))}
          />
        </Section>
        <Section title={t("byOutlet.title")} intro={t("byOutlet.intro")}>
          <StatusBars rows={outletRows} label={t("byOutlet.summary", { count: outletRows.length })} />
          <DataTable caption={t("byOutlet.title")} firstColumn={t("outlet")} statuses={["corroborated", "disputed", "unverified"]} rows={outletRows} />
        </Section>
      </div>
      <LiveRefresh selfUserId={context.userId} />
    </div>
  );
}
