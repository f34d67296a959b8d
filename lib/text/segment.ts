import { sentenceRanges } from "./sentences";
import { mergeSpans, overlapsMerged, splitLines, subtractSpans, trimSpan, type Span } from "./spans";

export type ClaimKind = "sentence" | "bullet" | "headline";
export type ClaimSegment = Span & { text: string; kind: ClaimKind };
export type SegmentOptions = { language: string; excluded?: readonly Span[] };

/** "- ", "* ", "• ", "1. ", "2) " list markers (not the French dialogue dash "–"). */
const BULLET_MARKER = /^[ \t]*(?:[-*•·▪◦‣]|\d{1,2}[.)])[ \t]+(?=\S)/u;
/** French copy opens quoted speech with an en/em dash; it is not part of the claim. */
const LEADING_DASH = /^[–—][ \t]+/u;
const HEADING_MAX_WORDS = 20;
const HEADING_MAX_CHARS = 160;

export function isBulletLine(line: string): boolean {
  return BULLET_MARKER.test(line);
}

/**
 * A short line without final punctuation ("Escale en Extrême-Orient russe",
 * "– Nous suivons"): a section heading or label, never a checkable claim.
 */
export function isHeadingLine(line: string): boolean {
  if (isBulletLine(line)) return false;
  const t = line.trim().replace(LEADING_DASH, "").replace(/^#{1,6}\s+/u, "");
  if (!t || !/\p{L}/u.test(t) || t.length > HEADING_MAX_CHARS) return false;
  if (t.split(/\s+/u).length > HEADING_MAX_WORDS) return false;
  return !/[.!?…:;,][\s»”"’)\]]*$/u.test(t);
}

type Unit = Span & { line: number; wholeLine: boolean; bullet: boolean };

/**
 * Pieces of lines outside the excluded spans. A line cut by an excluded span
 * yields several pieces; those never join each other, so excluded text can
 * never end up inside a claim.
 */
function collectUnits(text: string, excluded: readonly Span[]): Unit[] {
  const units: Unit[] = [];
  // `excluded` is merged (sorted): walk it alongside the lines, so long
  // articles with many boilerplate spans stay linear.
  let first = 0;
  for (const line of splitLines(text)) {
    const visible = trimSpan(text, line);
    if (!visible) continue;
    while ((excluded[first]?.end ?? Infinity) <= visible.start) first++;
    let last = first;
    while ((excluded[last]?.start ?? Infinity) < visible.end) last++;
    for (const piece of subtractSpans(visible, excluded.slice(first, last))) {
      const trimmed = trimSpan(text, piece);
      if (!trimmed) continue;
      const wholeLine = trimmed.start === visible.start && trimmed.end === visible.end;
      const startsLine = trimmed.start === visible.start;
      units.push({
        ...trimmed,
        line: line.index,
        wholeLine,
        bullet: startsLine && isBulletLine(text.slice(trimmed.start, trimmed.end)),
      });
    }
  }
  return units;
}

/**
 * A hard line break inside a paragraph (wrapped plain text, or a wrapped
 * bullet) is recognised by the next line continuing in lowercase or the
 * previous one ending mid-clause. Otherwise each line is its own paragraph,
 * as produced by the HTML/Markdown extractors.
 */
function continuesOnNextLine(text: string, prev: Unit, next: Unit, excluded: readonly Span[]): boolean {
  if (!prev.wholeLine || !next.wholeLine || next.bullet) return false;
  if (next.line !== prev.line + 1) return false;
  if (overlapsMerged({ start: prev.end, end: next.start }, excluded)) return false;
  const nextText = text.slice(next.start, next.end);
  const prevText = text.slice(prev.start, prev.end);
  return /^\p{Ll}/u.test(nextText) || /[,;(«“]$/u.test(prevText);
}

const hasWordCharacter = (s: string) => /[\p{L}\p{N}]/u.test(s);

function pushClaim(out: ClaimSegment[], text: string, span: Span, kind: ClaimKind): void {
  let trimmed = trimSpan(text, span);
  if (!trimmed) return;
  const dash = LEADING_DASH.exec(text.slice(trimmed.start, trimmed.end));
  if (dash) trimmed = trimSpan(text, { start: trimmed.start + dash[0].length, end: trimmed.end });
  if (!trimmed) return;
  const claimText = text.slice(trimmed.start, trimmed.end);
  if (!hasWordCharacter(claimText)) return;
  out.push({ start: trimmed.start, end: trimmed.end, text: claimText, kind });
}

/** Consecutive units glued into paragraphs (see continuesOnNextLine). */
function groupParagraphs(text: string, units: readonly Unit[], excluded: readonly Span[]): Unit[][] {
  const paragraphs: Unit[][] = [];
  for (const unit of units) {
    const current = paragraphs[paragraphs.length - 1];
    const previous = current?.[current.length - 1];
    if (current && previous && continuesOnNextLine(text, previous, unit, excluded)) current.push(unit);
    else paragraphs.push([unit]);
  }
  return paragraphs;
}

/**
 * Splits the stored article text into claim candidates: one per sentence of
 * body text and one per bullet. Headings and excluded (boilerplate) spans
 * produce nothing. Every result satisfies text.slice(start, end) === .text
 * and has no surrounding whitespace.
 */
export function segmentClaims(text: string, opts: SegmentOptions): ClaimSegment[] {
  const excluded = mergeSpans(opts.excluded ?? []);
  const claims: ClaimSegment[] = [];

  for (const units of groupParagraphs(text, collectUnits(text, excluded), excluded)) {
    const first = units[0];
    const last = units[units.length - 1];
    if (!first || !last) continue;
    if (first.bullet) {
      const marker = BULLET_MARKER.exec(text.slice(first.start, first.end))?.[0].length ?? 0;
      pushClaim(claims, text, { start: first.start + marker, end: last.end }, "bullet");
      continue;
    }
    if (units.length === 1 && isHeadingLine(text.slice(first.start, first.end))) continue;

    // Line breaks inside a joined paragraph would be hard breaks for ICU;
    // a same-length replacement keeps offsets aligned.
    const flat = text.slice(first.start, last.end).replace(/\n/gu, " ");
    for (const [start, end] of sentenceRanges(flat, opts.language || "en")) {
      pushClaim(claims, text, { start: first.start + start, end: first.start + end }, "sentence");
    }
  }
  return claims;
}
