// The team's progress over time, replayed from the append-only audit trail: every verdict
// event sets a proposition's status; linking two propositions as the same drops the
// absorbed one (its claims now share the survivor's verdict), so nothing counts twice.
import { isVerdictStatus, type VerdictStatus } from "./rules";

export type ProgressEvent = { at: Date; action: string; entityId: string; before: unknown; after: unknown };
export type ProgressPoint = { day: string; corroborated: number; disputed: number };

const MAX_DAYS = 366;
const DAY_MS = 86_400_000;
const utcDay = (date: Date) => date.toISOString().slice(0, 10);

/** YYYY-MM-DD in `timeZone` (one formatter per series: building one costs more than formatting). */
function dayKeys(timeZone: string): (date: Date) => string {
  // en-CA formats as YYYY-MM-DD.
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return (date) => format.format(date);
}

function field(json: unknown, key: string): unknown {
  return typeof json === "object" && json !== null ? (json as Record<string, unknown>)[key] : undefined;
}

/**
 * One point per calendar day (in `timeZone`) from the day before the first verdict (the
 * zero the curve rises from) to `until`, each the number of propositions corroborated and
 * disputed at the end of that day. Events must be in chronological order. At most the
 * last year is returned; earlier events still count.
 */
export function progressSeries(events: readonly ProgressEvent[], options: { until: Date; timeZone?: string }): ProgressPoint[] {
  const dayKey = dayKeys(options.timeZone ?? "UTC");
  const firstVerdict = events.find((event) => event.action === "verdict");
  if (!firstVerdict) return [];

  // Running counts, kept in step with `status`: a day's point is then O(1), not a walk
  // over every proposition after every event.
  const status = new Map<string, VerdictStatus>();
  const counts = { corroborated: 0, disputed: 0 };
  const count = (value: VerdictStatus | undefined, delta: number) => {
    if (value === "corroborated" || value === "disputed") counts[value] += delta;
  };
  const endOfDay = new Map<string, { corroborated: number; disputed: number }>();
  for (const event of events) {
    if (event.action === "verdict") {
      const next = field(event.after, "status");
      if (!isVerdictStatus(next)) continue;
      count(status.get(event.entityId), -1);
      status.set(event.entityId, next);
      count(next, 1);
    } else if (event.action === "link-same") {
      const groups = field(event.before, "groups");
      const survivor = field(event.after, "group");
      if (!Array.isArray(groups)) continue;
      for (const id of groups) {
        if (id === survivor) continue;
        count(status.get(String(id)), -1);
        status.delete(String(id));
      }
    } else {
      continue;
    }
    endOfDay.set(dayKey(event.at), { ...counts });
  }

  const points: ProgressPoint[] = [];
  const lastDay = dayKey(options.until);
  let carried = { corroborated: 0, disputed: 0 };
  // Walk day by day at noon UTC, which never skips or repeats a calendar day in any zone.
  const start = new Date(`${dayKey(firstVerdict.at)}T12:00:00Z`).getTime() - DAY_MS;
  for (let time = start; ; time += DAY_MS) {
    const day = utcDay(new Date(time));
    carried = endOfDay.get(day) ?? carried;
    points.push({ day, ...carried });
    if (day >= lastDay) break;
  }
  return points.slice(-MAX_DAYS);
}
