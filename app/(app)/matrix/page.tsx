import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClaimMatrix } from "@/components/matrix/claim-matrix";
import { MatrixLegend } from "@/components/matrix/cell-glyph";
import { MatrixFilters } from "@/components/matrix/matrix-filters";
import { matrixHref, parseMatrixParams, sortMatrixRows, withoutEmptyColumns } from "@/components/matrix/params";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireTeamContext } from "@/lib/auth/context";
import { getClaimMatrix } from "@/lib/services/group-views";
import { PageHeader } from "@/components/ui/page-header";

const LIMIT = 300;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matrix"))("title") };
}

export default async function MatrixPage({ searchParams }: Props) {
  const context = await requireTeamContext();
  const params = parseMatrixParams(await searchParams);
  const [matrix, t, locale] = await Promise.all([
    getClaimMatrix(context.teamId, { minSources: params.minSources, query: params.q, limit: LIMIT }),
    getTranslations("matrix"),
    getLocale(),
  ]);
  const sorted = sortMatrixRows(matrix.rows, params.sort, locale);
  const { articles, rows, hidden } = withoutEmptyColumns(matrix.articles, sorted);

  let body: React.ReactNode;
  if (matrix.articles.length === 0) {
    body = (
      <EmptyState
        title={t("empty.noArticlesTitle")}
        body={t("empty.noArticlesBody")}
        action={
          <Link href="/import" className={buttonClass("primary")}>
            {t("empty.noArticlesAction")}
          </Link>
        }
      />
    );
  } else if (rows.length === 0) {
    const actions = [
      params.minSources > 1 ? (
        <Link key="single" href={matrixHref({ ...params, minSources: 1 })} className={buttonClass("primary")}>
          {t("empty.showSingle")}
        </Link>
      ) : null,
      params.q ? (
        <Link key="clear" href={matrixHref({ ...params, q: undefined })} className={buttonClass("secondary")}>
          {t("empty.clearSearch")}
        </Link>
      ) : null,
    ].filter(Boolean);
    body = (
      <EmptyState
        title={params.q ? t("empty.searchTitle", { query: params.q }) : t("empty.title", { count: params.minSources })}
        body={params.q ? t("empty.searchBody", { count: params.minSources }) : t("empty.body")}
        action={actions.length > 0 ? <div className="flex flex-wrap justify-center gap-2">{actions}</div> : undefined}
      />
    );
  } else {
    body = (
      <div className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <MatrixLegend />
          <p className="text-xs text-stone-500 tabular-nums dark:text-stone-400">
            {t("summary", { rows: rows.length, sources: articles.length })}
            {hidden > 0 ? <> · {t("hiddenSources", { count: hidden })}</> : null}
          </p>
        </div>
        <ClaimMatrix articles={articles} rows={rows} params={params} />
        {matrix.rows.length >= LIMIT ? (
          <p className="text-xs text-stone-500 dark:text-stone-400">{t("limited", { limit: LIMIT })}</p>
        ) : null}
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} intro={t("intro")} />
      <MatrixFilters params={params} />
      {body}
    </div>
  );
}
