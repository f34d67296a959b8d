import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

type Props = {
  article: { title: string; outlet: string | null; author: string | null; url: string | null; publishedAt: Date | null; language: string };
  claimCount: number;
  setAsideCount: number;
};

export function ArticleHeader({ article, claimCount, setAsideCount }: Props) {
  const t = useTranslations("reader");
  const tLanguage = useTranslations("language");
  const format = useFormatter();
  const safeUrl = article.url && /^https?:\/\//i.test(article.url) ? article.url : null;
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
      <p className="text-xs text-stone-500">
        {t("stats", { claims: claimCount, setAside: setAsideCount })}
      </p>
    </header>
  );
}
