"use client";
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { STATUS_FILL, STATUS_ORDER } from "./colours";
import { StatusLegend } from "./legend";

export type StatusRow = { key: string; label: string; corroborated: number; disputed: number; unverified: number };

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Horizontal stacked bars: one row per article or outlet, claims by verdict. */
export function StatusBars({ rows, label }: { rows: StatusRow[]; label: string }) {
  const tv = useTranslations("verdicts");
  const height = Math.max(120, rows.length * 34 + 40);
  return (
    <figure className="space-y-2">
      <StatusLegend statuses={STATUS_ORDER} />
      <div role="img" aria-label={label} style={{ height }} className="w-full text-stone-600 dark:text-stone-300">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} barCategoryGap={6} maxBarSize={26}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11, fill: "currentColor" }} stroke="currentColor" strokeOpacity={0.4} />
            <YAxis type="category" dataKey="label" width={230} tick={{ fontSize: 12, fill: "currentColor" }} stroke="currentColor" strokeOpacity={0.4} tickFormatter={(value: string) => truncate(value, 34)} interval={0} />
            <Tooltip cursor={{ fill: "rgba(120,113,108,0.08)" }} contentStyle={{ fontSize: 12, borderRadius: 6 }} />
            {STATUS_ORDER.map((status) => (
              <Bar key={status} dataKey={status} name={tv(`status.${status}`)} stackId="claims" fill={STATUS_FILL[status]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
