import { StatusBadge } from "@/components/verdicts/status-badge";
import type { VerdictStatus } from "@/lib/verdicts/rules";
import { STATUS_FILL } from "./colours";

/** Swatch + icon + word for each series (the chart's own legend would be colour only). */
export function StatusLegend({ statuses }: { statuses: VerdictStatus[] }) {
  return (
    <ul className="flex flex-wrap gap-3">
      {statuses.map((status) => (
        <li key={status} className="inline-flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: STATUS_FILL[status] }} />
          <StatusBadge status={status} size="sm" />
        </li>
      ))}
    </ul>
  );
}
