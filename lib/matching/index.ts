// Public API of the claim-matching module: pure functions, no I/O, safe to use
// from server code, workers and scripts alike.

export type {
  Approx,
  ClaimFeatures,
  ConceptMention,
  Contradiction,
  ContradictionKind,
  DateMention,
  EntityMention,
  EntityType,
  MatchKind,
  MatchReason,
  MatchResult,
  NumberMention,
  PartOfDay,
  Span,
  TermMention,
  Weekday,
} from "./types";

export { ANCHOR_KEYS_VERSION, anchorKeys, extractFeatures, keyedFeatures, MAX_ANCHOR_KEYS, termStem, type KeyedFeature } from "./anchors";
export { scoreMatch, type ScoreOptions } from "./score";
export { contradictingPairs, findContradictions } from "./contradictions";

export { foldNameToken, foldText, nameKey, normalizeLanguage, prepare, tokenize, type Prepared, type Token } from "./normalize";
export { extractNumbers, formatNumber, numberWordValue, ordinalWord, type NumberOptions } from "./numbers";
export { dateKeys, extractDates, weekdayOf, type DateOptions } from "./dates";
export { aliasClashes, extractEntities, lookupAlias, type EntityOptions } from "./entities";
export { GAZETTEER, type GazetteerEntry } from "./gazetteer";
export { conceptLabel, extractConcepts, LEXICON, type LexiconEntry } from "./lexicon";
export { isStopword, STOPWORDS } from "./stopwords";
