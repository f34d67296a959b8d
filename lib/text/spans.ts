/**
 * Half-open character ranges [start, end) into a stored text.
 *
 * Every offset the text pipeline hands out refers to the exact stored string
 * (UTF-16 code units, like String.prototype.slice), so the UI can highlight
 * `text.slice(start, end)` without re-deriving anything.
 */
export type Span = { start: number; end: number };

export function spanLength(span: Span): number {
  return Math.max(0, span.end - span.start);
}

/** Sorts and fuses overlapping or touching spans; empty spans are dropped. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans
    .filter((s) => s.end > s.start)
    .map((s) => ({ start: s.start, end: s.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
    } else {
      out.push(span);
    }
  }
  return out;
}

/** The parts of `range` not covered by any of `excluded`, in order. */
export function subtractSpans(range: Span, excluded: readonly Span[]): Span[] {
  const out: Span[] = [];
  let cursor = range.start;
  for (const cut of mergeSpans(excluded)) {
    if (cut.end <= cursor) continue;
    if (cut.start >= range.end) break;
    if (cut.start > cursor) out.push({ start: cursor, end: Math.min(cut.start, range.end) });
    cursor = Math.max(cursor, cut.end);
    if (cursor >= range.end) break;
  }
  if (cursor < range.end) out.push({ start: cursor, end: range.end });
  return out;
}

/** True when `inner` lies entirely within `outer`. */
export function spanContains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when any of `spans` shares at least one character with `span`. */
export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => spansOverlap(s, span));
}

/**
 * overlapsAny for spans already merged (sorted, disjoint): a binary search,
 * for callers that test many spans against a long exclusion list.
 */
export function overlapsMerged(span: Span, merged: readonly Span[]): boolean {
  let lo = 0;
  let hi = merged.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((merged[mid]?.end ?? 0) <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const candidate = merged[lo];
  return candidate !== undefined && candidate.start < span.end && span.start < candidate.end;
}

/**
 * Narrows a span so it neither starts nor ends with whitespace; returns null
 * when nothing but whitespace is left (callers then drop the span).
 */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? "")) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? "")) end--;
  return end > start ? { start, end } : null;
}

export type Line = Span & { index: number; text: string };

/**
 * Splits text into lines with their offsets (end excludes the "\n"). The
 * stored text is LF-only (see normalizePlainText), so "\n" is the only break.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ index, start, end, text: text.slice(start, end) });
    index++;
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}
