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
type Row = Line & { row: number; words: number; key: string };

/** Case-, spacing- and final-punctuation-insensitive form for comparing lines. */
function comparisonKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/\s+/gu, " ")
    .replace(/[\s.!?:;,…]+$/u, "")
    .trim();
}

const sameBlock = (a: Row | undefined, b: Row | undefined) =>
  a !== undefined && b !== undefined && b.index === a.index + 1;

/**
 * Scrapers often emit the headline several times (page title, og:title, h1).
 * The first content line is taken as the headline; later copies of it, and
 * every copy of the separately stored title, are boilerplate.
 */
function markRepeatedTitles(rows: Row[], reasons: Map<number, BoilerplateReason>, title?: string): void {
  const storedTitle = title ? comparisonKey(title) : "";
  const headline = rows.find((r) => !reasons.has(r.row));
  const headlineKey = headline && headline.words >= 3 ? headline.key : "";
  for (const r of rows) {
    if (reasons.has(r.row)) continue;
    if ((storedTitle && r.key === storedTitle) || (headlineKey && r.key === headlineKey && r !== headline)) {
      reasons.set(r.row, "repeated-title");
    }
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
    if (seen.has(r.key)) reasons.set(r.row, "duplicate");
    else seen.add(r.key);
  }
}

/**
 * The tail of a scraped page: after the last on-topic paragraph, once a
 * boilerplate marker appears ("Lire aussi :", "Partager", "Commentaires"),
 * everything that follows is page furniture or teasers of other stories.
 * Off-topic paragraphs do not stop the tail; on-topic ones do, so the rule
 * cannot eat the end of the article itself. Short heading-like lines right
 * before the marker ("Guerre en Ukraine: Dernières nouvelles") go with it.
 */
function markTrailingTeasers(rows: Row[], reasons: Map<number, BoilerplateReason>, title?: string): void {
  if (!rows.some((r) => reasons.has(r.row))) return;
  const content = rows.filter((r) => !reasons.has(r.row));
  const stems = new Map<number, ReadonlySet<string>>();
  const stemsOf = (r: Row) => {
    let s = stems.get(r.row);
    if (!s) stems.set(r.row, (s = contentStems(r.text)));
    return s;
  };
  const vocabulary = new TopicVocabulary();
  if (title) vocabulary.add(-1, contentStems(title));
  // Teasers sit at the end, so the first half of the article defines its topic.
  for (const r of content.slice(0, Math.max(3, Math.ceil(content.length / 2)))) vocabulary.add(r.row, stemsOf(r));

  let lastOnTopic = -1;
  for (let i = content.length - 1; i >= 0 && lastOnTopic < 0; i--) {
    const r = content[i];
    if (!r || r.words < SENTENCE_MIN_WORDS || TRUNCATED.test(r.text) || isHeadingLine(r.text)) continue;
    if (vocabulary.isOnTopic(r.row, stemsOf(r))) lastOnTopic = r.row;
  }
  if (lastOnTopic < 0) return;

  const marker = rows.find((r) => r.row > lastOnTopic && reasons.has(r.row));
  if (!marker) return;
  let start = marker.row;
  while (start - 1 > lastOnTopic) {
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
    .map((l, row) => ({ ...l, row, words: wordCount(l.text), key: comparisonKey(l.text) }));
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
