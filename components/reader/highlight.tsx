import type { ReactNode } from "react";

/** Marks the given spans of a text (e.g. the anchors two claims share). */
export function Highlighted({ text, spans, className }: { text: string; spans: Array<{ start: number; end: number }>; className: string }) {
  const sorted = [...spans].filter((s) => s.end > s.start && s.end <= text.length).sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    parts.push(text.slice(at, span.start));
    parts.push(<mark key={span.start} className={className}>{text.slice(span.start, span.end)}</mark>);
    at = span.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
