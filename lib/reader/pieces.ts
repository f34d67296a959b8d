/**
 * Cuts an article's text into the pieces the reader renders: each piece is inside at
 * most one claim and at most one boilerplate span (claims never overlap each other).
 */
export type ReaderClaim = { id: string; start: number; end: number };
export type ReaderBoilerplate = { id: string; start: number; end: number; included: boolean };
export type Piece = {
  start: number;
  end: number;
  claimId: string | null;
  boilerplateId: string | null;
  /** true for the first piece of a boilerplate span: where its badge goes. */
  boilerplateStart: boolean;
  /** true for an excluded (set-aside) part. */
  setAside: boolean;
};

export function buildPieces(textLength: number, claims: ReaderClaim[], boilerplate: ReaderBoilerplate[]): Piece[] {
  const cuts = new Set([0, textLength]);
  for (const span of [...claims, ...boilerplate]) {
    cuts.add(Math.max(0, Math.min(textLength, span.start)));
    cuts.add(Math.max(0, Math.min(textLength, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const claim = claims.find((c) => c.start <= start && end <= c.end);
    const part = boilerplate.find((b) => b.start <= start && end <= b.end);
    pieces.push({
      start,
      end,
      claimId: claim?.id ?? null,
      boilerplateId: part?.id ?? null,
      boilerplateStart: part ? part.start === start : false,
      setAside: part ? !part.included : false,
    });
  }
  return pieces;
}

/** Word boundaries inside a span, as offsets into the full text: where a split may go. */
export function splitPoints(text: string, start: number, end: number): number[] {
  const points: number[] = [];
  const slice = text.slice(start, end);
  const boundary = /\s+(?=\S)/gu;
  for (let match = boundary.exec(slice); match; match = boundary.exec(slice)) {
    points.push(start + match.index + match[0].length);
  }
  return points;
}
