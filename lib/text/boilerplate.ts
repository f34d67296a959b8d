import { matchLineRule, wordCount, type BoilerplateReason } from "./boilerplate-patterns";
import { isHeadingLine } from "./segment";
import { splitLines, type Line, type Span } from "./spans";
import { contentStems, TopicVocabulary } from "./topic";

export { BOILERPLATE_REASONS, type BoilerplateReason } from "./boilerplate-patterns";

export type BoilerplateSpan = Span & { reason: BoilerplateReason; excerpt: string };

export type BoilerplateOptions = {
  /** The article title as stored separately; copies of it in the body are boilerplate. */
  title?: string;
  /**
   * Informational: the rules are bilingual French/English whatever the
   * article language, because scraped pages mix them (003 is a French
   * article inside an English comment widget).
   */
  language?: string;
};

const EXCERPT_CHARS = 80;
const TRUNCATED = /(?:\.\.\.|…)\s*$/u;
/** Lines from which a sentence-like paragraph is long enough to judge its topic. */
const SENTENCE_MIN_WORDS = 8;
const META_REASONS: ReadonlySet<BoilerplateReason> = new Set(["byline-meta", "timestamp"]);

/**
 * A content (non-blank) line with its index among content lines and the
 * derived values every pass needs, computed once.
 */
type Row = Line & { row: number; words: number };

const TRAILING_PUNCTUATION = new Set([" ", ".", "!", "?", ":", ";", ",", "…"]);

/** Case-, spacing- and final-punctuation-insensitive form for comparing lines. */
export function comparisonKey(text: string): string {
  const key = text.toLowerCase().replace(/[’‘]/gu, "'").replace(/\s+/gu, " ").trim();
  let end = key.length;
  // A loop, not /[…]+$/: that regex retries at every space of a long line.
  while (end > 0 && TRAILING_PUNCTUATION.has(key[end - 1] ?? "")) end--;
  return key.slice(0, end);
}

const sameBlock = (a: Row | undefined, b: Row | undefined) =>
  a !== undefined && b !== undefined && b.index === a.index + 1;

/**
 * Scrapers often emit the headline several times (page title, og:title, h1).
 * The first copy of the stored title (or, without a title, the first content
 * line) is the headline and stays in the article: analyze.ts makes it a claim.
 * Every later copy is boilerplate.
 */
function markRepeatedTitles(rows: Row[], reasons: Map<number, BoilerplateReason>, title?: string): void {
  const headline = rows.find((r) => !reasons.has(r.row));
  const targets = [
    ...(title ? [{ key: comparisonKey(title), length: title.length }] : []),
    ...(headline && headline.words >= 3 ? [{ key: comparisonKey(headline.text), length: headline.text.length }] : []),
  ];
  if (targets.length === 0) return;
  const kept = new Set<string>();
  for (const r of rows) {
    if (reasons.has(r.row)) continue;
    // Only lines of about the title's length can be copies; skip the rest cheaply.
    const candidates = targets.filter((t) => Math.abs(r.text.length - t.length) <= 8);
    if (candidates.length === 0) continue;
    const key = comparisonKey(r.text);
    if (!candidates.some((t) => key === t.key)) continue;
    if (kept.has(key)) reasons.set(r.row, "repeated-title");
    else kept.add(key);
  }
}

/**
 * Image alt text truncated with an ellipsis directly followed by the full
 * caption ("… à Pyongyang le..." / "… à Pyongyang le 19 juin 2024.").
 */
function markTruncatedCaptionPairs(rows: Row[], reasons: Map<number, BoilerplateReason>): void {
  for (let i = 0; i + 1 < rows.length; i++) {
    const short = rows[i];
    const full = rows[i + 1];
    if (!short || !full || !sameBlock(short, full) || !TRUNCATED.test(short.text)) continue;
    const prefix = short.text.trim().replace(TRUNCATED, "").trim();
    if (prefix.length >= 20 && full.text.trim().startsWith(prefix)) {
      if (!reasons.has(short.row)) reasons.set(short.row, "image-caption");
      if (!reasons.has(full.row)) reasons.set(full.row, "image-caption");
    }
  }
}

/**
 * A short line closing a block of byline/date lines, before the article has
 * started, is the lead image's caption ("Temps de lecture… / Par … / - dans
 * / Drapeaux de la Russie… se serrant la main.").
 */
function markMetaBlockCaptions(rows: Row[], reasons: Map<number, BoilerplateReason>): void {
  const isMeta = (r: Row) => {
    const reason = reasons.get(r.row);
    return reason !== undefined && META_REASONS.has(reason);
  };
  let blockStart = 0;
  let articleStarted = false;
  for (let i = 0; i < rows.length && !articleStarted; i++) {
    const row = rows[i];
    if (!row || sameBlock(row, rows[i + 1])) continue;
    const block = rows.slice(blockStart, i + 1);
    const caption = block[block.length - 1];
    const head = block.slice(0, -1);
    if (
      caption && !reasons.has(caption.row) && head.length >= 2 && head.every(isMeta) &&
      caption.words <= 20
    ) {
      reasons.set(caption.row, "image-caption");
    }
    articleStarted = block.some((r) => !reasons.has(r.row) && r.words >= 25);
    blockStart = i + 1;
  }
}

/** Identical paragraphs pasted twice by the scraper; the first copy stays. */
function markDuplicates(rows: Row[], reasons: Map<number, BoilerplateReason>): void {
  const seen = new Set<string>();
  for (const r of rows) {
    if (reasons.has(r.row) || r.words < 6) continue;
    const key = comparisonKey(r.text);
    if (seen.has(key)) reasons.set(r.row, "duplicate");
    else seen.add(key);
  }
}

/**
 * Reasons that mark the end of the article proper (share bar, comments,
 * "Lire aussi", tags…). Ads, captions and separators also occur mid-article,
 * so they never open the tail.
 */
const TAIL_MARKERS: ReadonlySet<BoilerplateReason> = new Set([
  "share", "social", "comments", "newsletter", "paywall", "site-description", "related-teaser", "tags",
]);

/**
 * "Lire aussi : Les loyers flambent à Paris" names its one teaser on the same line:
 * an inline link inside the article, not the start of the page's tail.
 */
const isInlineTeaser = (r: Row | undefined, reason: BoilerplateReason) =>
  reason === "related-teaser" && r !== undefined && /[:：]\s*\S+(?:\s+\S+){2,}/u.test(r.text);

const isSentenceLike = (r: Row) =>
  r.words >= SENTENCE_MIN_WORDS && !TRUNCATED.test(r.text) && !isHeadingLine(r.text);

/**
 * The tail of a scraped page: from the first end-of-article marker after
 * which no paragraph is on the article's topic, everything is furniture or
 * teasers of other stories ("Lire aussi:" then the Duterte story). The topic
 * is the vocabulary of the title and the content before the marker; a later
 * on-topic paragraph means the article went on, so the marker was inline.
 * Short heading-like lines right before the marker ("Guerre en Ukraine:
 * Dernières nouvelles" above "Lire la suite:") go with it.
 */
function markTrailingTeasers(rows: Row[], reasons: Map<number, BoilerplateReason>, title?: string): void {
  const stems = new Map<number, ReadonlySet<string>>();
  const stemsOf = (r: Row) => {
    let s = stems.get(r.row);
    if (!s) stems.set(r.row, (s = contentStems(r.text)));
    return s;
  };
  const vocabulary = new TopicVocabulary();
  if (title) vocabulary.add(-1, contentStems(title));
  let learned = 0;
  let articleStarted = false;
  let marker = 0;
  while (marker < rows.length) {
    const reason = reasons.get(marker);
    if (reason === undefined || !TAIL_MARKERS.has(reason) || isInlineTeaser(rows[marker], reason)) {
      marker++;
      continue;
    }
    for (; learned < marker; learned++) {
      const r = rows[learned];
      if (!r || reasons.has(r.row)) continue;
      vocabulary.add(r.row, stemsOf(r));
      articleStarted ||= isSentenceLike(r);
    }
    // A marker in the page header (before any paragraph) cannot end the article.
    let onTopic = articleStarted ? -1 : marker + 1;
    for (let i = marker + 1; i < rows.length && onTopic < 0; i++) {
      const r = rows[i];
      if (r && !reasons.has(r.row) && isSentenceLike(r) && vocabulary.isOnTopic(r.row, stemsOf(r))) onTopic = i;
    }
    if (onTopic < 0) break;
    // The vocabulary only grows, so that paragraph stays on topic for every
    // marker before it: resume the search after it (keeps this linear).
    marker = Math.max(onTopic, marker + 1);
  }
  if (marker >= rows.length) return;

  let start = marker;
  while (start > 0) {
    const previous = rows[start - 1];
    if (!previous || reasons.has(previous.row) || !isHeadingLine(previous.text)) break;
    start--;
  }
  for (const r of rows.slice(start)) {
    if (!reasons.has(r.row)) reasons.set(r.row, "related-teaser");
  }
}

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  return flat.length <= EXCERPT_CHARS ? flat : `${flat.slice(0, EXCERPT_CHARS - 1).trimEnd()}…`;
}

/**
 * Boilerplate lines of a stored article text, as exact whole-line spans with
 * a stable reason code. Consecutive lines with the same reason (blank lines
 * between them allowed) are reported as one span.
 */
export function detectBoilerplate(text: string, opts: BoilerplateOptions = {}): BoilerplateSpan[] {
  const rows: Row[] = splitLines(text)
    .filter((l) => l.text.trim() !== "")
    .map((l, row) => ({ ...l, row, words: wordCount(l.text) }));
  const reasons = new Map<number, BoilerplateReason>();
  for (const r of rows) {
    const reason = matchLineRule(r.text);
    if (reason) reasons.set(r.row, reason);
  }
  markRepeatedTitles(rows, reasons, opts.title);
  markTruncatedCaptionPairs(rows, reasons);
  markMetaBlockCaptions(rows, reasons);
  markDuplicates(rows, reasons);
  markTrailingTeasers(rows, reasons, opts.title);

  const spans: BoilerplateSpan[] = [];
  let previousRow = -2;
  for (const r of rows) {
    const reason = reasons.get(r.row);
    if (!reason) continue;
    const last = spans[spans.length - 1];
    if (last && last.reason === reason && previousRow === r.row - 1) {
      last.end = r.end;
    } else {
      spans.push({ start: r.start, end: r.end, reason, excerpt: "" });
    }
    previousRow = r.row;
  }
  for (const span of spans) span.excerpt = excerptOf(text.slice(span.start, span.end));
  return spans;
}
