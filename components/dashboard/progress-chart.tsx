"use client";
import { useFormatter, useTranslations } from "next-intl";
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { STATUS_FILL } from "./colours";
import { StatusLegend } from "./legend";

type Point = { day: string; corroborated: number; disputed: number };

/** Propositions with a verdict at the end of each day, stacked: the desk's progress (from zero the day before the first verdict). */
export function ProgressChart({ points, label }: { points: Point[]; label: string }) {
  const tv = useTranslations("verdicts");
  const format = useFormatter();
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { day: "numeric", month: "short" });
  return (
    <figure className="space-y-2">
      <StatusLegend statuses={["corroborated", "disputed"]} />
      <div role="img" aria-label={label} className="h-64 w-full text-stone-600 dark:text-stone-300">
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
            <XAxis dataKey="day" tickFormatter={day} tick={{ fontSize: 11, fill: "currentColor" }} stroke="currentColor" strokeOpacity={0.4} minTickGap={24} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "currentColor" }} stroke="currentColor" strokeOpacity={0.4} width={36} />
            <Tooltip labelFormatter={(value) => day(String(value))} contentStyle={{ fontSize: 12, borderRadius: 6 }} />
            {(["corroborated", "disputed"] as const).map((status) => {
              // An empty series would still draw its line on top of the others: hide it.
              const shown = points.some((point) => point[status] > 0);
              return (
                <Area key={status} type="linear" dataKey={status} name={tv(`status.${status}`)} stackId="decided" stroke={shown ? STATUS_FILL[status] : "none"} fill={STATUS_FILL[status]} fillOpacity={0.5}
                  dot={shown && points.length <= 31 ? { r: 2.5, fill: STATUS_FILL[status] } : false} isAnimationActive={false} />
              );
            })}
          </AreaChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
