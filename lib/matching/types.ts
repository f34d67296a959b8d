// Shared shapes for the matching pipeline. Everything here is plain JSON so a
// ClaimFeatures value can be cached in the database next to the claim row and
// re-scored later without re-running extraction.

/** A piece of the original claim text; offsets are UTF-16 indices into it. */
export interface Span {
  start: number;
  end: number;
  /** Exact original substring, for highlighting and for editors to read. */
  text: string;
}

export type Approx = "about" | "more" | "less";

export interface NumberMention extends Span {
  value: number;
  /**
   * Canonical unit id ("year", "pct", "usd", "soldier"...), or "x:<word>" for an
   * unknown adjacent noun (only comparable within one language), or null.
   */
  unit: string | null;
  /** "première", "first", "24e": a rank, never compared with quantities. */
  ordinal: boolean;
  approx: Approx | null;
  /** Written with digits (as opposed to words); digit numbers are more specific anchors. */
  digits: boolean;
}

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export type PartOfDay = "morning" | "afternoon" | "evening" | "night";

export interface DateMention extends Span {
  year?: number;
  month?: number;
  day?: number;
  weekday?: Weekday;
  /** "HH:MM", 24-hour clock. */
  time?: string;
  partOfDay?: PartOfDay;
  /** Time zone words next to a time ("heure locale", "gmt+3"), folded. */
  tz?: string;
}

export type EntityType = "person" | "place" | "org" | "name";

export interface EntityMention extends Span {
  /** Gazetteer id ("putin", "north-korea") or "name:<folded-name>" for unknown names. */
  id: string;
  type: EntityType;
  label: string;
  source: "gazetteer" | "fallback";
  /** Role slot this person is named in ("defence-minister"), when the sentence says so. */
  role?: string;
}

export interface ConceptMention extends Span {
  /** Lexicon concept id ("visit", "first", "foreign-minister"). */
  id: string;
  /** True when the concept names an office a person can hold (used for role slots). */
  role: boolean;
}

export interface TermMention extends Span {
  /** Folded content word. */
  term: string;
  /** Crude truncation stem, shared by many FR/EN cognates ("strategique"/"strategic"). */
  stem: string;
  /** Already covered by an entity/number/date/concept, so scoring must not count it twice. */
  anchored: boolean;
}

export interface ClaimFeatures {
  language: string;
  numbers: NumberMention[];
  dates: DateMention[];
  entities: EntityMention[];
  concepts: ConceptMention[];
  terms: TermMention[];
}

export type MatchKind = "entity" | "number" | "date" | "concept" | "term";

export interface MatchReason {
  kind: MatchKind;
  key: string;
  label: string;
  /** Matched surface text in claim a / claim b. */
  a: string;
  b: string;
  aSpan: { start: number; end: number };
  bSpan: { start: number; end: number };
  /** Contribution to the score before normalisation; lets the UI sort or fade reasons. */
  weight: number;
}

export interface MatchResult {
  score: number;
  reasons: MatchReason[];
}

export type ContradictionKind = "number" | "date" | "weekday" | "time" | "name";

export interface Contradiction {
  kind: ContradictionKind;
  /** Number unit, date field ("day" | "month" | "year") or role id, depending on kind. */
  unit?: string;
  label: string;
  a: string;
  b: string;
  aSpan: { start: number; end: number };
  bSpan: { start: number; end: number };
}
