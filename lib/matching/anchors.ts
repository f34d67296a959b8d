// Feature extraction for one claim, and the flat language-independent keys
// stored in Postgres (`anchorKeys text[]`, GIN index, `&&` overlap) to fetch
// candidate claims before TypeScript re-ranking.
//
// Key format (stable: changing it requires re-indexing stored claims):
//   e:<entity-id>      gazetteer entity          e:putin, e:north-korea
//   e:name:<skeleton>  unknown capitalised name  e:name:denis-mantrurov
//   n:<value>:<unit>   quantity with unit        n:24:year, n:3.5:pct
//   n:<value>          quantity, unit ignored    n:24 (digits, or ≥ 10 in words)
//   o:<value>          ordinal                   o:2 (o:1 omitted when c:first is present)
//   d:<MM>-<DD>        day of month              d:06-18
//   m:<MM>             month without day         m:09
//   y:<YYYY>           year                      y:2024
//   wd:<mon..sun>      weekday                   wd:tue
//   t:<HH>:<MM>        clock time                t:14:30
//   c:<concept-id>     lexicon concept           c:visit, c:first
// Scoring also uses w:<stem> (content terms) and ns:<unit> (a quantity of that
// unit, any value); those are not stored as anchors.

import { dateKeys, extractDates } from "./dates";
import { extractEntities } from "./entities";
import { conceptLabel, extractConcepts } from "./lexicon";
import { normalizeLanguage, prepare } from "./normalize";
import { extractNumbers, formatNumber, numberWordValue } from "./numbers";
import { isStopword } from "./stopwords";
import type { ClaimFeatures, MatchKind, Span, TermMention } from "./types";

export const MAX_ANCHOR_KEYS = 40;
/**
 * Bump whenever extraction rules, the gazetteer, the lexicon or the key format
 * change in a way that alters keys, so stored anchorKeys can be recomputed.
 */
export const ANCHOR_KEYS_VERSION = 1;

export function extractFeatures(text: string, language: string): ClaimFeatures {
  const p = prepare(text);
  const lang = normalizeLanguage(language);
  const dates = extractDates(p, { language: lang });
  const numbers = extractNumbers(p, { language: lang, exclude: dates });
  const concepts = extractConcepts(p, lang);
  const entities = extractEntities(p, { exclude: [...dates, ...numbers], concepts });
  const claimed: Array<{ start: number; end: number }> = [...dates, ...numbers, ...concepts, ...entities];
  const terms: TermMention[] = [];
  const seen = new Set<string>();
  for (const t of p.tokens) {
    if (t.norm.length < 3 || !/^\p{L}+$/u.test(t.norm) || isStopword(t.norm) || numberWordValue(t.norm) !== null) continue;
    if (seen.has(t.norm)) continue;
    seen.add(t.norm);
    terms.push({
      term: t.norm,
      stem: termStem(t.norm),
      anchored: claimed.some((c) => t.start < c.end && t.end > c.start),
      start: t.start,
      end: t.end,
      text: text.slice(t.start, t.end),
    });
  }
  return { language: lang, numbers, dates, entities, concepts, terms };
}

/** Truncation stem: six letters keep most FR/EN cognates together ("strategique"/"strategic"). */
export function termStem(term: string): string {
  return term.length > 6 ? term.slice(0, 6) : term.replace(/s$/, "");
}

export interface KeyedFeature {
  kind: MatchKind;
  label: string;
  /** First mention carrying the key, for highlighting. */
  span: Span;
  /** Relative importance before IDF; entities and numbers outrank concepts, terms lowest. */
  base: number;
  /** Stored as a Postgres anchor (false for w:/ns: scoring-only keys). */
  anchor: boolean;
  /** Lower sorts first when the anchor list must be capped. */
  priority: number;
}

const MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAY_NAMES: Record<string, string> = { mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday", sun: "Sunday" };

function dateLabel(key: string): string {
  const [kind, v = ""] = key.split(/:(.*)/s);
  if (kind === "d") {
    const [mm, dd] = v.split("-");
    return `${MONTH_NAMES[Number(mm)]} ${Number(dd)}`;
  }
  if (kind === "m") return MONTH_NAMES[Number(v)] ?? v;
  if (kind === "wd") return WEEKDAY_NAMES[v] ?? v;
  return v;
}

/** Every key of a claim with what the scorer and the UI need to know about it. */
export function keyedFeatures(f: ClaimFeatures): Map<string, KeyedFeature> {
  const out = new Map<string, KeyedFeature>();
  const add = (key: string, k: Omit<KeyedFeature, "anchor"> & { anchor?: boolean }) => {
    if (!out.has(key)) out.set(key, { anchor: true, ...k });
  };
  for (const e of f.entities) {
    const gaz = e.source === "gazetteer";
    add(`e:${e.id}`, { kind: "entity", label: e.label, span: e, base: gaz ? 3 : 2.5, priority: gaz ? 0 : 3 });
  }
  for (const d of f.dates) {
    for (const key of dateKeys(d)) {
      const major = key.startsWith("d:") || key.startsWith("t:");
      add(key, { kind: "date", label: dateLabel(key), span: d, base: major ? 2.5 : key.startsWith("y:") ? 2 : 1.5, priority: major ? 1 : 2 });
    }
  }
  const hasFirst = f.concepts.some((c) => c.id === "first");
  for (const n of f.numbers) {
    const v = formatNumber(n.value);
    if (n.ordinal) {
      // "première"/"first" is already c:first; o:1 would only add a very common key.
      if (n.value === 1 && hasFirst) continue;
      add(`o:${v}`, { kind: "number", label: `ordinal ${v}`, span: n, base: 1, priority: 3 });
      continue;
    }
    const canonicalUnit = n.unit && !n.unit.startsWith("x:") ? n.unit : null;
    if (canonicalUnit) {
      add(`n:${v}:${canonicalUnit}`, { kind: "number", label: `${v} ${canonicalUnit}`, span: n, base: 2.5, priority: 1 });
      add(`ns:${canonicalUnit}`, { kind: "number", label: `a number of ${canonicalUnit} (values differ)`, span: n, base: 1, priority: 9, anchor: false });
    }
    // "les deux pays": a bare 2 matches everything; digits and larger values are specific enough.
    if (n.digits || n.value >= 10) {
      add(`n:${v}`, { kind: "number", label: v, span: n, base: 1.5, priority: 4 });
    }
  }
  for (const c of f.concepts) {
    add(`c:${c.id}`, { kind: "concept", label: conceptLabel(c.id), span: c, base: 1.5, priority: 3 });
  }
  for (const t of f.terms) {
    if (!t.anchored) add(`w:${t.stem}`, { kind: "term", label: t.term, span: t, base: 0.5, priority: 9, anchor: false });
  }
  return out;
}

/** Anchor keys to store with the claim: deduplicated, most specific first, at most MAX_ANCHOR_KEYS. */
export function anchorKeys(features: ClaimFeatures): string[] {
  return [...keyedFeatures(features)]
    .filter(([, k]) => k.anchor)
    .map(([key, k], i) => ({ key, p: k.priority, i }))
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .slice(0, MAX_ANCHOR_KEYS)
    .map((x) => x.key);
}
