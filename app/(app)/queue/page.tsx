import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { QueueFilters } from "@/components/queue/queue-filters";
import { ReviewQueue } from "@/components/queue/review-queue";
import { queueHref, type QueueItemView, type QueueParams } from "@/components/queue/types";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LiveRefresh } from "@/components/verdicts/live-refresh";
import { requireTeamContext } from "@/lib/auth/context";
import { roleAllows } from "@/lib/auth/roles";
import { ValidationError } from "@/lib/errors";
import { countQueue, listQueue, listTeammates, queueFacets } from "@/lib/services/queue";
import { getVerdictDetails } from "@/lib/services/verdicts";
import { queueQuerySchema } from "@/lib/validation/verdict";
import { toVerdictView, unknownVerdict } from "@/lib/verdicts/view";
import { addEvidenceAction, assignClaimAction, removeEvidenceAction, setVerdictAction } from "./actions";
import { PageHeader } from "@/components/ui/page-header";

// A long article fits on one page, so its review never needs a page change.
const PAGE_SIZE = 100;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queue"))("title") };
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function QueuePage({ searchParams }: Props) {
  const context = await requireTeamContext();
  // `page` only numbers the rows; the cursor does the paging.
  const { page: pageParam, limit: _limit, ...raw } = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, single(value)]));
  const parsed = queueQuerySchema.safeParse({ ...raw, limit: String(PAGE_SIZE) });
  const query = parsed.success ? parsed.data : { limit: PAGE_SIZE };
  const { limit, cursor, ...filters } = query as typeof query & { cursor?: string };
  const page = Math.max(1, Math.floor(Number(pageParam ?? 1)) || 1);

  const [t, queue, total, teammates, facets] = await Promise.all([
    getTranslations("queue"),
    // A tampered cursor is the visitor's mistake, not a crash: show the filters' error instead.
    listQueue(context.teamId, context.userId, filters, { limit, cursor }).catch((error: unknown) => {
      if (error instanceof ValidationError) return null;
      throw error;
    }),
    countQueue(context.teamId, context.userId, filters),
    listTeammates(context.teamId),
    queueFacets(context.teamId),
  ]);
  const rows = queue?.items ?? [];
  const details = await getVerdictDetails(context.teamId, rows.map((item) => item.groupId));
  const items: QueueItemView[] = rows.map((item) => {
    const found = details.get(item.groupId);
    return {
      id: item.id,
      text: item.text,
      articleId: item.articleId,
      articleTitle: item.article.title,
      outlet: item.article.outlet,
      url: item.article.url,
      publishedAt: item.article.publishedAt?.toISOString() ?? null,
      checkworthiness: item.checkworthiness,
      assigneeId: item.assigneeId,
      verdict: found ? toVerdictView(found) : unknownVerdict(item.groupId),
    };
  });

  const params: QueueParams = Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined).map(([key, value]) => [key, String(value)]),
  );
  const nextHref = queue?.nextCursor ? `${queueHref({ ...params, cursor: queue.nextCursor })}&page=${page + 1}` : null;
  const mine = params.assignee === "me";
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm ${active ? "bg-stone-900 font-medium text-white dark:bg-stone-100 dark:text-stone-900" : "text-stone-700 hover:bg-stone-200/70 dark:text-stone-300 dark:hover:bg-stone-800"}`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PageHeader title={mine ? t("myTitle") : t("title")} intro={t("intro")} />
        <nav aria-label={t("tabs")} className="flex gap-1">
          <Link href={queueHref({ ...params, assignee: undefined })} aria-current={!mine ? "page" : undefined} className={tab(!mine)}>{t("allClaims")}</Link>
          <Link href={queueHref({ ...params, assignee: "me" })} aria-current={mine ? "page" : undefined} className={tab(mine)}>{t("myQueue")}</Link>
        </nav>
      </div>
      <QueueFilters params={params} articles={facets.articles} outlets={facets.outlets} teammates={teammates} />
      {!parsed.success || !queue ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{t("badFilters")}</p> : null}
      <p className="text-sm text-stone-600 tabular-nums dark:text-stone-400">
        {t("count", { count: total })}
        {total > items.length ? <> · {t("range", { from: (page - 1) * PAGE_SIZE + 1, to: (page - 1) * PAGE_SIZE + items.length })}</> : null}
      </p>
      {items.length === 0 ? (
        facets.articles.length === 0 ? (
          <EmptyState title={t("empty.noArticlesTitle")} body={t("empty.noArticlesBody")} action={<Link href="/import" className={buttonClass("primary")}>{t("empty.import")}</Link>} />
        ) : (
          <EmptyState title={mine ? t("empty.mineTitle") : t("empty.title")} body={mine ? t("empty.mineBody") : t("empty.body")} action={<Link href="/queue" className={buttonClass("secondary")}>{t("filters.reset")}</Link>} />
        )
      ) : (
        <ReviewQueue
          key={`${cursor ?? "first"}:${JSON.stringify(params)}`}
          items={items}
          teammates={teammates}
          selfUserId={context.userId}
          canEdit={roleAllows(context.role, "editor")}
          actions={{ setVerdict: setVerdictAction, addEvidence: addEvidenceAction, removeEvidence: removeEvidenceAction, assign: assignClaimAction }}
          nextHref={nextHref}
          offset={(page - 1) * PAGE_SIZE + 1}
        />
      )}
      <nav aria-label={t("pages")} className="flex justify-between text-sm">
        {cursor ? <Link href={queueHref(params)} className="text-accent-600 hover:underline">{t("firstPage")}</Link> : <span />}
        {nextHref ? <Link href={nextHref} className="text-accent-600 hover:underline">{t("nextPage")}</Link> : null}
      </nav>
      <LiveRefresh selfUserId={context.userId} />
    </div>
  );
}
