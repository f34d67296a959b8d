// Opaque paging cursors: base64url JSON of the last row's sort key. A tampered cursor is
// a 422 (invalid input), never a 500.

export function encodeCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** The decoded key when it has exactly the expected fields and types, else null. */
export function decodeCursor<K extends Record<string, "string" | "number">>(cursor: string, shape: K): { [P in keyof K]: K[P] extends "number" ? number : string } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  const record = parsed as Record<string, unknown>;
  if (Object.keys(record).length !== Object.keys(shape).length) return null;
  for (const [key, type] of Object.entries(shape)) {
    if (typeof record[key] !== type) return null;
    if (type === "number" && !Number.isFinite(record[key])) return null;
  }
  return record as never;
}
