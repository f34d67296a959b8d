import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HistoryList, type HistoryEntryView } from "@/components/history/history-list";
import { EmptyState } from "@/components/ui/empty-state";
import { LiveRefresh } from "@/components/verdicts/live-refresh";
import { requireTeamContext } from "@/lib/auth/context";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { articleHistory, claimHistory, type HistoryEvent } from "@/lib/services/history";
import { describeAuditChange } from "@/lib/verdicts/history-diff";

const PAGE = 100;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string; cursor?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("history"))("title") };
}

async function load(teamId: string, articleId: string, claimId: string | undefined, cursor: string | undefined) {
  try {
    const article = await articleHistory(teamId, articleId, { limit: claimId ? 1 : PAGE, cursor: claimId ? undefined : cursor });
    if (!claimId) return { article, claim: null };
    const claim = await claimHistory(teamId, claimId, { limit: PAGE, cursor });
    // A claim of another article is not this page's business.
    if (claim.claim.article.id !== articleId) notFound();
    return { article: { ...article, events: claim.events as HistoryEvent[], nextCursor: claim.nextCursor }, claim: claim.claim };
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ValidationError) notFound();
    throw error;
  }
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const [{ id }, { claim: claimId, cursor }] = await Promise.all([params, searchParams]);
  const context = await requireTeamContext();
  const t = await getTranslations("history");
  const { article, claim } = await load(context.teamId, id, claimId, cursor);
  const entries: HistoryEntryView[] = article.events.map((event) => ({
    id: event.id,
    at: event.at,
    actor: event.actorLabel,
    action: event.action,
    entityType: event.entityType,
    subject: event.subject ? { id: event.subject.id, text: event.subject.text, number: article.numbers.get(event.subject.id) ?? null, deleted: event.subject.deletedAt !== null } : null,
    changes: describeAuditChange(event.before, event.after),
  }));
  const base = `/articles/${id}/history${claimId ? `?claim=${claimId}` : ""}`;
  const more = article.nextCursor ? `${base}${claimId ? "&" : "?"}cursor=${encodeURIComponent(article.nextCursor)}` : null;

  return (
    <div className="max-w-4xl space-y-4">
      <nav aria-label={t("breadcrumb")} className="text-xs text-stone-500">
        <Link href={`/articles/${id}${claimId ? `?claim=${claimId}` : ""}`} className="hover:underline">{t("back", { title: article.article.title })}</Link>
      </nav>
      <div className="space-y-1">
        <h1 className="text-xl font-semibold">{claim ? t("claimTitle") : t("articleTitle", { title: article.article.title })}</h1>
        {claim ? <p className="font-serif text-lg leading-snug">“{claim.text}”</p> : null}
        <p className="text-sm text-stone-600 dark:text-stone-400">{t("intro")}</p>
        {claim ? <Link href={`/articles/${id}/history`} className="text-sm text-accent-600 hover:underline">{t("wholeArticle")}</Link> : null}
      </div>
      {entries.length === 0 ? <EmptyState title={t("none")} body={t("noneBody")} /> : <HistoryList entries={entries} articleId={id} quoteSubjects={!claim} />}
      {cursor ? <Link href={base} className="mr-4 text-sm text-accent-600 hover:underline">{t("newest")}</Link> : null}
      {more ? <Link href={more} className="text-sm text-accent-600 hover:underline">{t("older")}</Link> : null}
      <LiveRefresh selfUserId={context.userId} />
    </div>
  );
}
