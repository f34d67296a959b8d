/**
 * Sentence boundaries inside one paragraph: ICU's sentence segmenter, then
 * corrections for what ICU gets wrong in French/English news copy (titles
 * like "M. Kim", initials, quotations, French spacing before "»", ellipses).
 * Offsets are relative to the paragraph string.
 */

/** Never end a sentence: titles before names, and Latin/bibliographic shorthands. */
const NON_FINAL_ABBREVIATIONS = new Set([
  "M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Mlles.", "Me.", "Mgr.", "Dr.", "Drs.", "Pr.",
  "St.", "Ste.", "Sts.", "Mr.", "Mrs.", "Ms.", "Messrs.", "Prof.", "Sen.", "Rep.", "Gov.",
  "Gen.", "Lt.", "Col.", "Capt.", "Sgt.", "Adm.", "Cmdr.", "Rev.", "Hon.", "Pres.",
  "cf.", "Cf.", "e.g.", "E.g.", "i.e.", "I.e.", "vs.", "v.", "ex.", "Ex.", "env.",
  "approx.", "ca.", "c.-à-d.", "c.à.d.", "al.", "resp.", "av.", "apr.", "op.", "Ibid.",
  "ibid.",
]);

/** Only non-final when a number follows ("No. 10", "p. 12", "sept. 2024"). */
const BEFORE_NUMBER_ABBREVIATIONS = new Set([
  "No.", "no.", "Nos.", "nos.", "n.", "p.", "pp.", "art.", "Art.", "vol.", "Vol.",
  "fig.", "Fig.", "chap.", "ch.", "sect.", "éd.", "ed.", "tel.", "tél.", "janv.",
  "févr.", "fév.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc.", "Jan.", "Feb.",
  "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
]);

/** "J.", "U.S.", "J.-P." — initials are followed by a name, not a new sentence. */
const INITIALS = /^(?:\p{Lu}\.(?:-?\p{Lu}\.)*)$/u;
const ELIDED_OMISSION = /(?:\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\))$/u;
const OPENERS = "«“„‘\"([{";
const CLOSERS = "»”’\")]}";

/** Quotations longer than this are allowed to be split into sentences. */
const MAX_PROTECTED_QUOTE = 500;

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
    } catch {
      segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
    }
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * Spans [open, close] of balanced quotations. Unbalanced openers are
 * ignored: gluing the rest of a paragraph to a stray quote would be worse
 * than splitting inside a real one.
 */
function quotationRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const stack: Array<{ char: string; at: number }> = [];
  const partner: Record<string, string> = { "»": "«", "”": "“", '"': '"' };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (ch === '"') {
      const top = stack[stack.length - 1];
      const prev = text[i - 1] ?? " ";
      // A straight quote after a space/opening bracket opens; otherwise closes.
      if (top?.char === '"' && !/[\s([{]/u.test(prev)) {
        stack.pop();
        ranges.push([top.at, i]);
      } else if (/[\s([{\-–—:]/u.test(prev) || i === 0) {
        stack.push({ char: ch, at: i });
      }
    } else if (ch === "«" || ch === "“") {
      stack.push({ char: ch, at: i });
    } else if (ch === "»" || ch === "”") {
      const want = partner[ch];
      const idx = stack.map((s) => s.char).lastIndexOf(want ?? "");
      if (idx >= 0) {
        const open = stack[idx];
        stack.length = idx;
        if (open) ranges.push([open.at, i]);
      }
    }
  }
  return ranges;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

/** The whitespace-delimited token ending at `end`, minus opening punctuation. */
function tokenBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !isSpace(text[start - 1])) start--;
  let token = text.slice(start, end);
  while (token && OPENERS.includes(token[0] ?? "")) token = token.slice(1);
  return token;
}

const startsLowercase = (s: string) => /^\p{Ll}/u.test(s);
const startsDigit = (s: string) => /^\p{N}/u.test(s);
const startsUppercase = (s: string) => /^\p{Lu}/u.test(s);

/**
 * Whether a candidate boundary at `cut` is a real sentence end, given that
 * the current sentence started at `from`. Works on indexes: this runs for
 * every ICU boundary, and slicing the paragraph each time was quadratic.
 */
function isRealBoundary(text: string, from: number, cut: number): boolean {
  let end = cut;
  while (end > from && isSpace(text[end - 1])) end--;
  let next = cut;
  while (next < text.length && isSpace(text[next])) next++;
  if (end <= from || next >= text.length) return false;
  const after = text.slice(next, next + 2);
  if (startsLowercase(after)) return false;
  // "3.5", "3,5": ICU does not split these, but callers merging text could.
  if (end === cut && /[.,]/u.test(text[cut - 1] ?? "") && startsDigit(after)) return false;
  if (ELIDED_OMISSION.test(text.slice(Math.max(from, end - 7), end))) return false;
  const token = tokenBefore(text, end);
  if (NON_FINAL_ABBREVIATIONS.has(token)) return false;
  if (BEFORE_NUMBER_ABBREVIATIONS.has(token) && startsDigit(after)) return false;
  if (INITIALS.test(token) && (startsUppercase(after) || startsDigit(after))) return false;
  return true;
}

/**
 * ICU misses a sentence end after an ellipsis ("Il hésite… Puis il part")
 * because U+2026 is not a sentence terminator in UAX #29.
 */
function ellipsisBoundaries(text: string): number[] {
  const cuts: number[] = [];
  const re = /(?:…|\.\.\.)[»”"’)]*(\s+)(?=[«“"]?\p{Lu})/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    cuts.push(m.index + m[0].length);
  }
  return cuts;
}

/**
 * French typography puts a space before "»", so ICU ends the sentence before
 * the closing quote ("« Oui ! » Puis…" → "« Oui ! " | "» Puis…"). Move such a
 * boundary past the closers; drop it if the sentence then simply continues.
 */
function moveBoundaryPastClosers(text: string, cut: number): number | null {
  let i = cut;
  if (!CLOSERS.includes(text[i] ?? "")) return cut;
  while (i < text.length && (CLOSERS.includes(text[i] ?? "") || /\s/u.test(text[i] ?? ""))) i++;
  if (i >= text.length) return null;
  const rest = text.slice(i, i + 2);
  return startsUppercase(rest) || startsDigit(rest) || OPENERS.includes(rest[0] ?? "") ? i : null;
}

/** Sentence ranges [start, end) of `text` (one paragraph, no hard breaks). */
export function sentenceRanges(text: string, language: string): Array<[number, number]> {
  const candidates = new Set<number>();
  for (const part of sentenceSegmenter(language).segment(text)) {
    if (part.index > 0) candidates.add(part.index);
  }
  for (const cut of ellipsisBoundaries(text)) candidates.add(cut);

  const protectedQuotes = quotationRanges(text).filter(
    ([open, close]) => close - open <= MAX_PROTECTED_QUOTE,
  );
  const insideQuote = (cut: number) =>
    protectedQuotes.some(([open, close]) => cut > open && cut <= close);

  const cuts: number[] = [];
  for (const candidate of [...candidates].sort((a, b) => a - b)) {
    const moved = moveBoundaryPastClosers(text, candidate);
    if (moved === null || insideQuote(moved)) continue;
    const segmentStart = cuts[cuts.length - 1] ?? 0;
    if (moved <= segmentStart) continue;
    if (!isRealBoundary(text, segmentStart, moved)) continue;
    cuts.push(moved);
  }

  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut > start) ranges.push([start, cut]);
    start = cut;
  }
  return ranges;
}
