import { useTranslations } from "next-intl";
import type { VerdictStatus } from "@/lib/verdicts/rules";

type Row = { key: string; label: React.ReactNode } & Partial<Record<VerdictStatus, number>>;

/** The numbers behind a chart, for screen readers and for anyone who wants them exact. */
export function DataTable({ caption, rows, statuses, firstColumn }: { caption: string; rows: Row[]; statuses: VerdictStatus[]; firstColumn: string }) {
  const t = useTranslations("dashboard");
  const tv = useTranslations("verdicts");
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-xs font-medium text-accent-600">{t("showTable")}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-xs">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-stone-200 text-stone-500 dark:border-stone-700">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">{firstColumn}</th>
              {statuses.map((status) => <th key={status} scope="col" className="py-1 pr-3 text-right font-medium">{tv(`status.${status}`)}</th>)}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100 dark:divide-stone-800">
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="py-1 pr-3 font-normal">{row.label}</th>
                {statuses.map((status) => <td key={status} className="py-1 pr-3 text-right tabular-nums">{row[status] ?? 0}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
