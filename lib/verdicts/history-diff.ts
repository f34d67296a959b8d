// Audit events store `before` and `after` as JSON in the shape each service chose. This
// turns a pair into the few readable field changes a history line shows ("status:
// unverified → disputed"), leaving out bookkeeping (ids, offsets, version numbers).

export type HistoryValue = string | number | boolean | null;
export type FieldChange = { field: string; before: HistoryValue; after: HistoryValue };

/** Fields a person cares about, by their last path segment; everything else is bookkeeping. */
const READABLE = new Set(["status", "rationale", "text", "deleted", "included", "created", "assignee", "evidence", "stance", "title"]);
const MAX_DEPTH = 2;

type Json = unknown;

function evidenceLabel(item: Json): string {
  if (typeof item !== "object" || item === null) return String(item);
  const record = item as Record<string, unknown>;
  const label = [record.title, record.url, record.note, record.kind].find((v) => typeof v === "string" && v.trim());
  const stance = typeof record.stance === "string" ? ` (${record.stance})` : "";
  return `${String(label ?? "—").slice(0, 120)}${stance}`;
}

function scalar(value: Json): HistoryValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(evidenceLabel).join("; ");
  return JSON.stringify(value);
}

function flatten(node: Json, prefix: string, depth: number, into: Map<string, Json>) {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return;
  for (const [key, value] of Object.entries(node as Record<string, Json>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const nested = typeof value === "object" && value !== null && !Array.isArray(value);
    if (nested && depth < MAX_DEPTH && !READABLE.has(key)) flatten(value, path, depth + 1, into);
    else into.set(path, value);
  }
}

const lastSegment = (path: string) => path.slice(path.lastIndexOf(".") + 1);

/** Field changes between two audit payloads, in a stable order (before's keys first). */
export function describeAuditChange(before: Json, after: Json): FieldChange[] {
  const a = new Map<string, Json>();
  const b = new Map<string, Json>();
  flatten(before, "", 0, a);
  flatten(after, "", 0, b);
  const paths = [...new Set([...a.keys(), ...b.keys()])].filter((path) => READABLE.has(lastSegment(path)));
  const changes: FieldChange[] = [];
  for (const path of paths) {
    const was = scalar(a.get(path));
    const now = scalar(b.get(path));
    if (was === now) continue;
    changes.push({ field: path, before: was, after: now });
  }
  return changes;
}
