import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { asGroupStatus, StatusIcon } from "@/components/groups/status";
import { CellGlyph } from "./cell-glyph";
import { matrixHref, statedCount, type MatrixArticle, type MatrixParams, type MatrixRow } from "./params";

type Props = { articles: MatrixArticle[]; rows: MatrixRow[]; params: MatrixParams };

// Fixed widths keep 20+ narrow source columns aligned and the table predictable to scroll.
const SOURCE_COL_REM = 2.5;
const COUNT_COL_REM = 5.5;
/** Room the table may take before it scrolls sideways (a 1280px screen minus the page padding). */
const BUDGET_REM = 76;

export function propositionWidthRem(sourceCount: number) {
  return Math.min(48, Math.max(26, BUDGET_REM - COUNT_COL_REM - sourceCount * SOURCE_COL_REM));
}

export function ClaimMatrix({ articles, rows, params }: Props) {
  const t = useTranslations("matrix");
  const format = useFormatter();
  const firstRem = propositionWidthRem(articles.length);
  const tableRem = firstRem + COUNT_COL_REM + articles.length * SOURCE_COL_REM;
  const countLeft = `${firstRem}rem`;

  const dates = articles.map((a) => (a.publishedAt ? format.dateTime(a.publishedAt, { dateStyle: "medium" }) : t("undated")));
  // Cells are named after their source: the outlet, made unique with the date (then a number).
  const baseNames = articles.map((a) => a.outlet?.trim() || (a.title.length > 40 ? `${a.title.slice(0, 40)}…` : a.title));
  const names = baseNames.map((name, index) => {
    if (baseNames.filter((other) => other === name).length === 1) return name;
    const twins = baseNames.flatMap((other, j) => (other === name && dates[j] === dates[index] ? [j] : []));
    return twins.length > 1 ? `${name}, ${dates[index]} (${twins.indexOf(index) + 1})` : `${name}, ${dates[index]}`;
  });

  const sortLink = (sort: MatrixParams["sort"], label: string) => (
    <Link
      href={matrixHref({ ...params, sort })}
      title={t("columns.sortBy", { column: label })}
      className="inline-flex items-center gap-1 rounded-sm hover:text-stone-900 hover:underline dark:hover:text-stone-100"
    >
      {label}
      {params.sort === sort ? (
        <span aria-hidden className="text-accent-600 dark:text-accent-100">
          {sort === "text" ? "▲" : "▼"}
        </span>
      ) : null}
    </Link>
  );

  const headBase = "sticky top-0 border-b border-stone-200 bg-stone-50 dark:border-stone-700 dark:bg-stone-900";
  const bodySticky = "sticky z-10 border-b border-stone-100 bg-white group-hover:bg-stone-50 dark:border-stone-800 dark:bg-stone-950 dark:group-hover:bg-stone-900";

  return (
    <div
      role="region"
      aria-labelledby="matrix-caption"
      tabIndex={0}
      className="max-h-[max(20rem,calc(100dvh-16rem))] w-fit max-w-full overflow-auto rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-950"
    >
      <table className="table-fixed border-separate border-spacing-0 text-sm" style={{ width: `${tableRem}rem` }}>
        <caption id="matrix-caption" className="sr-only">
          {t("tableLabel")}
        </caption>
        <colgroup>
          <col style={{ width: `${firstRem}rem` }} />
          <col style={{ width: `${COUNT_COL_REM}rem` }} />
          {articles.map((article) => (
            <col key={article.id} style={{ width: `${SOURCE_COL_REM}rem` }} />
          ))}
        </colgroup>
        <thead className="text-xs text-stone-500 dark:text-stone-400">
          <tr>
            <th
              scope="col"
              aria-sort={params.sort === "text" ? "ascending" : undefined}
              className={`${headBase} left-0 z-30 h-26 px-3 pb-2 text-left align-bottom font-medium tracking-wide uppercase`}
            >
              {sortLink("text", t("columns.proposition"))}
            </th>
            <th
              scope="col"
              aria-sort={params.sort === "sources" ? "descending" : undefined}
              style={{ left: countLeft }}
              className={`${headBase} z-30 border-r px-2 pb-2 text-right align-bottom font-medium tracking-wide whitespace-nowrap uppercase`}
            >
              {sortLink("sources", t("columns.count"))}
            </th>
            {articles.map((article, index) => {
              const outlet = article.outlet?.trim() || t("unknownOutlet");
              const full = t("columns.source", { outlet, date: dates[index]!, title: article.title });
              return (
                <th key={article.id} scope="col" title={full} className={`${headBase} z-20 border-l border-l-stone-200/70 p-0 align-bottom font-normal dark:border-l-stone-800`}>
                  <Link
                    href={`/articles/${article.id}`}
                    aria-label={full}
                    className="flex h-26 w-full items-end justify-center pb-2 hover:bg-stone-100 hover:text-stone-900 dark:hover:bg-stone-800 dark:hover:text-stone-100"
                  >
                    <span className="flex rotate-180 flex-col [writing-mode:vertical-rl]">
                      <span className="max-h-[5.25rem] truncate font-medium text-stone-700 dark:text-stone-300">{outlet}</span>
                      <span className="max-h-[5.25rem] truncate text-[0.65rem] text-stone-500 tabular-nums dark:text-stone-400">{dates[index]}</span>
                    </span>
                  </Link>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const count = statedCount(row);
            return (
              <tr key={row.groupId} className="group">
                <th scope="row" className={`${bodySticky} left-0 px-3 py-1 text-left align-top font-normal`}>
                  <div className="flex items-start gap-2">
                    <span className="mt-0.5">
                      <StatusIcon status={asGroupStatus(row.status)} />
                    </span>
                    <Link
                      href={`/groups/${row.groupId}`}
                      title={row.text}
                      className="line-clamp-2 rounded-sm text-[0.8125rem] leading-[1.15rem] text-stone-900 hover:text-accent-600 hover:underline focus-visible:outline-offset-0 dark:text-stone-100 dark:hover:text-accent-100"
                    >
                      {row.text}
                    </Link>
                  </div>
                </th>
                <td style={{ left: countLeft }} className={`${bodySticky} border-r border-r-stone-200 px-2 py-1 text-right align-top text-[0.8125rem] leading-[1.15rem] tabular-nums dark:border-r-stone-700`} title={t("countLabel", { count })}>
                  {format.number(count)}
                </td>
                {row.cells.map((cell, index) => {
                  const label = t(`cell.${cell}`, { source: names[index]! });
                  return (
                    <td
                      key={articles[index]!.id}
                      className="border-b border-l border-stone-100 py-1 text-center align-top group-hover:bg-stone-50 dark:border-stone-800 dark:group-hover:bg-stone-900"
                    >
                      <span role="img" aria-label={label} title={cell === "absent" ? undefined : label} className="inline-flex h-5 w-5 items-center justify-center">
                        <CellGlyph state={cell} />
                      </span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
