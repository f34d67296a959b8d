import type { ExportEvidence, ExportSource } from "./types";

// Orders that decide what an export looks like. They depend on content only (never on
// ids or insertion order), so an exported then re-imported team exports identically.

/**
 * Code point order, the order of PostgreSQL's "C" collation on UTF-8 text (the SQL side
 * sorts with it too). Plain `<` compares UTF-16 units, which puts characters above
 * U+FFFF (surrogates) before U+E000–U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800) x += x < 0xe000 ? 0x2000 : -0x800;
    if (y >= 0xd800) y += y < 0xe000 ? 0x2000 : -0x800;
    return x - y;
  }
  return a.length - b.length;
}

const nullsLast = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : compareCodePoints(a, b));

/** Oldest article first, undated last; then title, URL, position, wording (and id, for a total order). */
export function compareSources(a: ExportSource, b: ExportSource): number {
  const time = (source: ExportSource) => source.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return (
    time(a) - time(b) ||
    compareCodePoints(a.title, b.title) ||
    nullsLast(a.url, b.url) ||
    a.start - b.start ||
    compareCodePoints(a.text, b.text) ||
    compareCodePoints(a.claimId, b.claimId)
  );
}

/** In the order it was added; pieces added in one write fall back to their content. */
export function compareEvidence(a: ExportEvidence, b: ExportEvidence): number {
  const diff = a.addedAt.getTime() - b.addedAt.getTime();
  if (diff !== 0) return diff;
  const keys = (e: ExportEvidence) => [e.kind, e.stance, e.url ?? "", e.title ?? "", e.outlet ?? "", e.note ?? "", e.linkedClaimId ?? ""];
  const [ka, kb] = [keys(a), keys(b)];
  for (let i = 0; i < ka.length; i += 1) {
    const order = compareCodePoints(ka[i]!, kb[i]!);
    if (order !== 0) return order;
  }
  return 0;
}

/** Map.groupBy, which Node 20 lacks. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
