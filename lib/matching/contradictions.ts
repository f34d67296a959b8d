// Conflicting values between two claims that otherwise match. Deliberately
// conservative: a false alarm costs an editor more time than a missed one
// (they still see both claims side by side), so we only compare values of the
// same kind and unit, never treat absence as conflict, and honour hedges
// ("plus de 20 ans" is compatible with "24 ans").

import { weekdayOf } from "./dates";
import type { ClaimFeatures, Contradiction, ContradictionKind, DateMention, NumberMention, Span } from "./types";

/** Minimum overlap before comparing values: one shared entity plus one more shared entity or concept. */
function sameStory(a: ClaimFeatures, b: ClaimFeatures): boolean {
  const ea = new Set(a.entities.map((e) => e.id));
  const sharedEntities = new Set(b.entities.map((e) => e.id).filter((id) => ea.has(id))).size;
  const ca = new Set(a.concepts.map((c) => c.id));
  const sharedConcepts = new Set(b.concepts.map((c) => c.id).filter((id) => ca.has(id))).size;
  return sharedEntities >= 1 && sharedEntities + sharedConcepts >= 2;
}

function interval(n: NumberMention): [number, number] {
  const v = n.value;
  switch (n.approx) {
    case "about": return [v * 0.85, v * 1.15];
    case "more": return [v, Infinity];
    case "less": return [-Infinity, v];
    default: return [v, v];
  }
}

function compatible(x: NumberMention, y: NumberMention): boolean {
  const [xl, xh] = interval(x);
  const [yl, yh] = interval(y);
  return xl <= yh && yl <= xh;
}

function groupBy<T>(items: T[], key: (t: T) => string | null): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    if (k !== null) m.set(k, [...(m.get(k) ?? []), it]);
  }
  return m;
}

const ref = (s: Span) => ({ start: s.start, end: s.end });

function conflict(kind: ContradictionKind, unit: string | undefined, label: string, x: Span, y: Span): Contradiction {
  return { kind, ...(unit ? { unit } : {}), label, a: x.text, b: y.text, aSpan: ref(x), bSpan: ref(y) };
}

function numberConflicts(a: ClaimFeatures, b: ClaimFeatures): Contradiction[] {
  const unitKey = (n: NumberMention) => (n.unit ? `${n.ordinal ? "ordinal " : ""}${n.unit}` : null);
  const ga = groupBy(a.numbers, unitKey);
  const gb = groupBy(b.numbers, unitKey);
  const out: Contradiction[] = [];
  for (const [unit, xs] of ga) {
    const ys = gb.get(unit);
    if (!ys || xs.some((x) => ys.some((y) => compatible(x, y)))) continue;
    const label = `Different ${unit.replace(/^(ordinal )?x:/, "$1")} values`;
    out.push(conflict("number", unit, label, xs[0]!, ys[0]!));
  }
  return out;
}

type DateField = { key: string; span: DateMention };

function dateFields(f: ClaimFeatures): Record<"day" | "month" | "year" | "weekday" | "time", DateField[]> {
  const r: Record<"day" | "month" | "year" | "weekday" | "time", DateField[]> = { day: [], month: [], year: [], weekday: [], time: [] };
  for (const d of f.dates) {
    if (d.month !== undefined && d.day !== undefined) r.day.push({ key: `${d.month}-${d.day}`, span: d });
    if (d.month !== undefined) r.month.push({ key: String(d.month), span: d });
    if (d.year !== undefined) r.year.push({ key: String(d.year), span: d });
    // A full date fixes its weekday, so "mardi" vs "19 juin 2024" (a Wednesday) is a conflict too.
    const wd = d.weekday ?? (d.year && d.month && d.day ? weekdayOf(d.year, d.month, d.day) : undefined);
    if (wd) r.weekday.push({ key: wd, span: d });
    if (d.time) r.time.push({ key: `${d.time}|${d.tz ?? ""}`, span: d });
  }
  return r;
}

function disjoint(xs: DateField[], ys: DateField[], same: (x: DateField, y: DateField) => boolean): boolean {
  return xs.length > 0 && ys.length > 0 && !xs.some((x) => ys.some((y) => same(x, y)));
}

function dateConflicts(a: ClaimFeatures, b: ClaimFeatures): Contradiction[] {
  const fa = dateFields(a);
  const fb = dateFields(b);
  const out: Contradiction[] = [];
  const eq = (x: DateField, y: DateField) => x.key === y.key;
  const first = (xs: DateField[]) => xs[0]!.span;
  if (disjoint(fa.day, fb.day, eq)) out.push(conflict("date", "day", "Different dates", first(fa.day), first(fb.day)));
  else if (disjoint(fa.month, fb.month, eq)) out.push(conflict("date", "month", "Different months", first(fa.month), first(fb.month)));
  if (disjoint(fa.year, fb.year, eq)) out.push(conflict("date", "year", "Different years", first(fa.year), first(fb.year)));
  if (disjoint(fa.weekday, fb.weekday, eq)) out.push(conflict("weekday", undefined, "Different days of the week", first(fa.weekday), first(fb.weekday)));
  // Times in two different stated zones are not comparable; a missing zone is assumed local.
  const sameTime = (x: DateField, y: DateField) => {
    const [tx, zx] = x.key.split("|");
    const [ty, zy] = y.key.split("|");
    return tx === ty || (!!zx && !!zy && zx !== zy);
  };
  if (disjoint(fa.time, fb.time, sameTime)) out.push(conflict("time", undefined, "Different times", first(fa.time), first(fb.time)));
  return out;
}

function nameConflicts(a: ClaimFeatures, b: ClaimFeatures): Contradiction[] {
  const ra = groupBy(a.entities, (e) => e.role ?? null);
  const rb = groupBy(b.entities, (e) => e.role ?? null);
  const out: Contradiction[] = [];
  for (const [role, xs] of ra) {
    const ys = rb.get(role);
    if (!ys || xs.some((x) => ys.some((y) => y.id === x.id))) continue;
    out.push(conflict("name", role, `Different people named as ${role.replace(/-/g, " ")}`, xs[0]!, ys[0]!));
  }
  return out;
}

/**
 * Values of the same kind that differ between two claims about the same thing.
 * Returns [] unless the claims share at least one entity and one more entity or
 * concept, so callers may run it on every ranked candidate.
 */
export function findContradictions(a: ClaimFeatures, b: ClaimFeatures): Contradiction[] {
  if (!sameStory(a, b)) return [];
  return [...numberConflicts(a, b), ...dateConflicts(a, b), ...nameConflicts(a, b)];
}

/**
 * Every pair of statements of one proposition whose values differ (numbers, dates,
 * names), in input order. Features are stored as JSON: absent on claims not indexed yet.
 */
export function contradictingPairs<T extends { features: unknown }>(claims: readonly T[]): Array<{ a: T; b: T; contradictions: Contradiction[] }> {
  const pairs: Array<{ a: T; b: T; contradictions: Contradiction[] }> = [];
  claims.forEach((a, index) => {
    for (const b of claims.slice(index + 1)) {
      if (!a.features || !b.features) continue;
      const contradictions = findContradictions(a.features as ClaimFeatures, b.features as ClaimFeatures);
      if (contradictions.length > 0) pairs.push({ a, b, contradictions });
    }
  });
  return pairs;
}
