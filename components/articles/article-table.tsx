import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

export type ArticleRow = {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
  language: string;
  claimCount: number;
};

export function ArticleTable({ articles }: { articles: ArticleRow[] }) {
  const t = useTranslations("articles");
  const tLanguage = useTranslations("language");
  const format = useFormatter();
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-200 bg-stone-50 text-xs tracking-wide text-stone-500 uppercase dark:border-stone-800 dark:bg-stone-900">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">{t("columns.title")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("columns.outlet")}</th>
            <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">{t("columns.date")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("columns.language")}</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">{t("columns.claims")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100 dark:divide-stone-800">
          {articles.map((article) => (
            <tr key={article.id} className="hover:bg-stone-50 dark:hover:bg-stone-800/50">
              <td className="px-3 py-2">
                <Link href={`/articles/${article.id}`} className="font-medium text-stone-900 hover:text-accent-600 hover:underline dark:text-stone-100">
                  {article.title}
                </Link>
              </td>
              <td className="px-3 py-2 text-stone-600 dark:text-stone-400">{article.outlet ?? t("unknownOutlet")}</td>
              <td className="px-3 py-2 whitespace-nowrap text-stone-600 tabular-nums dark:text-stone-400">
                {article.publishedAt ? format.dateTime(article.publishedAt, { dateStyle: "medium" }) : t("undated")}
              </td>
              <td className="px-3 py-2 text-stone-600 dark:text-stone-400">
                {tLanguage.has(article.language) ? tLanguage(article.language) : article.language}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{format.number(article.claimCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
