export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

export type BenchRow = {
  name: string;
  value: number | null;
  unit: string;
  target?: { op: "<" | ">" | "<="; value: number; text: string };
  note?: string;
  /** For targets that are not a bound on `value` (e.g. "0 errors"). */
  pass?: boolean;
};

export function verdictOf(row: BenchRow): "PASS" | "MISS" | "—" {
  if (row.pass !== undefined) return row.pass ? "PASS" : "MISS";
  if (!row.target || row.value === null || Number.isNaN(row.value)) return "—";
  const { op, value } = row.target;
  const ok = op === "<" ? row.value < value : op === "<=" ? row.value <= value : row.value > value;
  return ok ? "PASS" : "MISS";
}

export function formatTable(rows: BenchRow[]): string {
  const cells = rows.map((row) => [
    row.name,
    row.value === null || Number.isNaN(row.value) ? "n/a" : `${Number(row.value.toFixed(row.value < 10 ? 2 : 1))} ${row.unit}`,
    row.target?.text ?? "",
    verdictOf(row),
    row.note ?? "",
  ]);
  const header = ["measure", "value", "target", "result", "note"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}
