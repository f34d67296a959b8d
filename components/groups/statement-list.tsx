import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { contextAfter, contextBefore } from "./context";
import type { Statement } from "./types";

type Props = {
  statements: Statement[];
  /** article id → outlets of the other articles it is counted once with (copies, same outlet). */
  countedWith: Map<string, string[]>;
};

const langOf = (language: string) => (/^[a-z]{2,3}$/.test(language) && language !== "und" ? language : undefined);

export function readerHref(statement: Pick<Statement, "id" | "article">) {
  return `/articles/${statement.article.id}?claim=${encodeURIComponent(statement.id)}`;
}

export function StatementList({ statements, countedWith }: Props) {
  const t = useTranslations("groups");
  const format = useFormatter();
  return (
    <ol className="space-y-3">
      {statements.map((statement, index) => {
        const before = contextBefore(statement.before, statement.start > statement.before.length);
        const after = contextAfter(statement.after);
        const others = countedWith.get(statement.article.id) ?? [];
        const edited = statement.text.replace(/\s+/g, " ").trim() !== statement.source.replace(/\s+/g, " ").trim();
        return (
          <li
            key={statement.id}
            id={`statement-${statement.id}`}
            className="scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4 target:border-accent-500 target:ring-2 target:ring-accent-500/30 dark:border-stone-800 dark:bg-stone-900"
          >
            <article aria-labelledby={`statement-${statement.id}-title`}>
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-500 dark:text-stone-400">
                <span className="rounded bg-stone-100 px-1.5 py-0.5 font-medium text-stone-600 tabular-nums dark:bg-stone-800 dark:text-stone-300">
                  {t("statementNumber", { number: index + 1 })}
                </span>
                <span className="font-medium text-stone-800 dark:text-stone-200">{statement.article.outlet ?? t("unknownOutlet")}</span>
                <span aria-hidden className="text-stone-300 dark:text-stone-600">·</span>
                {statement.article.publishedAt ? (
                  <time dateTime={statement.article.publishedAt.toISOString().slice(0, 10)}>
                    {format.dateTime(statement.article.publishedAt, { dateStyle: "medium" })}
                  </time>
                ) : (
                  <span>{t("undated")}</span>
                )}
                {others.length > 0 ? (
                  <span className="inline-flex items-center gap-1 rounded border border-stone-300 px-1.5 py-0.5 text-[0.7rem] text-stone-600 dark:border-stone-700 dark:text-stone-300">
                    <CopyGlyph />
                    {t("countedWith", { outlets: format.list(others) })}
                  </span>
                ) : null}
              </p>
              <h3 id={`statement-${statement.id}-title`} className="mt-1.5 text-sm leading-snug font-medium">
                <Link
                  href={readerHref(statement)}
                  title={t("openInReader", { title: statement.article.title })}
                  className="text-stone-900 hover:text-accent-600 hover:underline dark:text-stone-100 dark:hover:text-accent-100"
                >
                  {statement.article.title}
                </Link>
              </h3>
              <blockquote
                lang={langOf(statement.article.language)}
                className="mt-2 border-l-2 border-stone-300 pl-3 font-serif text-[0.95rem] leading-relaxed dark:border-stone-600"
              >
                <p>
                  {before.ellipsis || before.text ? (
                    <span className="text-stone-500 dark:text-stone-400">
                      {before.ellipsis ? "… " : null}
                      {before.text}
                    </span>
                  ) : null}
                  <mark className="rounded-sm bg-amber-100/80 px-0.5 font-semibold text-stone-900 dark:bg-amber-400/15 dark:text-stone-50">
                    {statement.source.replace(/\s+/g, " ").trim()}
                  </mark>
                  {after.text || after.ellipsis ? (
                    <span className="text-stone-500 dark:text-stone-400">
                      {after.text}
                      {after.ellipsis ? " …" : null}
                    </span>
                  ) : null}
                </p>
              </blockquote>
              {edited ? (
                <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">
                  <span className="font-medium">{t("wordedAs")}</span> <span lang={langOf(statement.article.language)}>{statement.text}</span>
                </p>
              ) : null}
            </article>
          </li>
        );
      })}
    </ol>
  );
}

function CopyGlyph() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden focusable="false" className="h-3 w-3" fill="none" stroke="currentColor" strokeWidth="1.5">
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 3.5v-.5A1.5 1.5 0 0 0 9 1.5H3A1.5 1.5 0 0 0 1.5 3v6A1.5 1.5 0 0 0 3 10.5h.5" />
    </svg>
  );
}
