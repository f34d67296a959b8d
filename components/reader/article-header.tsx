import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { StatusBadge } from "@/components/verdicts/status-badge";
import type { VerdictStatus } from "@/lib/verdicts/rules";
import { httpUrlOrNull } from "@/lib/text/url";

type Props = {
  article: { id: string; title: string; outlet: string | null; author: string | null; url: string | null; publishedAt: Date | null; language: string };
  claimCount: number;
  setAsideCount: number;
  verdictCounts: Record<VerdictStatus, number>;
};

export function ArticleHeader({ article, claimCount, setAsideCount, verdictCounts }: Props) {
  const t = useTranslations("reader");
  const tv = useTranslations("verdicts");
  const tLanguage = useTranslations("language");
  const format = useFormatter();
  const safeUrl = httpUrlOrNull(article.url);
  const meta = [
    article.outlet,
    article.author,
    article.publishedAt ? format.dateTime(article.publishedAt, { dateStyle: "long" }) : null,
    tLanguage.has(article.language) ? tLanguage(article.language) : article.language,
  ].filter(Boolean);
  return (
    <header className="space-y-1">
      <nav aria-label={t("breadcrumb")} className="text-xs text-stone-500">
        <Link href="/articles" className="hover:underline">
          {t("backToArticles")}
        </Link>
      </nav>
      <h1 className="font-serif text-2xl leading-tight font-semibold">{article.title}</h1>
      <p className="flex flex-wrap items-center gap-x-2 text-sm text-stone-600 dark:text-stone-400">
        {meta.map((item, index) => (
          <span key={index} className="after:ml-2 after:text-stone-300 after:content-['·'] last:after:content-none">
            {item}
          </span>
        ))}
        {safeUrl ? (
          <a href={safeUrl} target="_blank" rel="noopener noreferrer nofollow" className="text-accent-600 hover:underline">
            {t("openSource")}
          </a>
        ) : null}
      </p>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-500">
        <span>{t("stats", { claims: claimCount, setAside: setAsideCount })}</span>
        <span className="flex flex-wrap items-center gap-2" aria-label={tv("reader.countsLabel")}>
          {(["corroborated", "disputed", "unverified"] as const).map((status) => (
            <span key={status} className="inline-flex items-center gap-1">
              <span className="font-medium text-stone-700 tabular-nums dark:text-stone-300">{verdictCounts[status]}</span>
              <StatusBadge status={status} size="sm" />
            </span>
          ))}
        </span>
        <Link href={`/queue?articleId=${article.id}`} className="text-accent-600 hover:underline">{tv("reader.review")}</Link>
        <Link href={`/articles/${article.id}/history`} className="text-accent-600 hover:underline">{tv("reader.history")}</Link>
      </div>
    </header>
  );
}
