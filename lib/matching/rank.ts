// From stored candidates to a ranked list: which keys to query with (rare ones), how
// much each key weighs (IDF from the team's key statistics), and the final order.
// Pure: lib/services/matching.ts does the I/O around it.

import { findContradictions } from "./contradictions";
import { scoreMatch } from "./score";
import type { ClaimFeatures, Contradiction, MatchReason } from "./types";

export type KeyStats = { total: number; df: ReadonlyMap<string, number> };

/** log-IDF, scaled so a key carried by ~1% of claims weighs about 1. */
export function idfKeyWeight(stats: KeyStats): (key: string) => number {
  const reference = Math.log(101);
  return (key) => {
    const df = stats.df.get(key);
    if (df === undefined) return 1;
    return Math.max(0.05, Math.log((stats.total + 1) / (df + 1)) / reference);
  };
}

export type CandidateQuery = { anyOf: string[]; pairs: Array<[string, string]> };

/**
 * How to pick candidates through the GIN index without reading most of the team: rare
 * keys one by one (while the rows they reach stay under `budget`), and for common keys
 * only claims carrying two of them at once (an intersection, far more selective).
 */
export function candidateQuery(keys: readonly string[], stats: KeyStats, options: { budget?: number; maxPairs?: number; pairPool?: number } = {}): CandidateQuery {
  // Twice the square root of the team's size: 2% of a 10k-claim team (a larger share
  // makes PostgreSQL prefer scanning the table), a shrinking share of bigger ones, so the
  // rows read per query grow far slower than the team; bounded for tiny and huge teams.
  const { budget = Math.min(1500, Math.max(200, 2 * Math.sqrt(stats.total))), maxPairs = 3, pairPool = 4 } = options;
  const df = (key: string) => stats.df.get(key) ?? 0;
  const byRarity = [...new Set(keys)].sort((a, b) => df(a) - df(b));
  const anyOf: string[] = [];
  let reached = 0;
  for (const key of byRarity) {
    if (reached + df(key) > budget) break;
    anyOf.push(key);
    reached += df(key);
  }
  const common = byRarity.filter((key) => !anyOf.includes(key)).slice(0, pairPool);
  const total = Math.max(1, stats.total);
  const pairs = common
    .flatMap((a, i) => common.slice(i + 1).map((b) => ({ pair: [a, b] as [string, string], estimate: (df(a) * df(b)) / total })))
    .sort((x, y) => x.estimate - y.estimate)
    .slice(0, anyOf.length >= 3 ? Math.min(2, maxPairs) : maxPairs)
    .map((entry) => entry.pair);
  return { anyOf, pairs };
}

export type CandidateRow = { id: string; features: ClaimFeatures; trigram: number };
export type RankedMatch = { id: string; score: number; reasons: MatchReason[]; contradictions: Contradiction[] };

// Trigram similarity catches same-language paraphrase the anchors miss; anchors carry
// cross-language matches, so they keep most of the weight.
const TRIGRAM_SHARE = 0.2;
export const MIN_MATCH_SCORE = 0.15;

export function rankCandidates(source: ClaimFeatures, candidates: readonly CandidateRow[], stats: KeyStats, limit: number): RankedMatch[] {
  const keyWeight = idfKeyWeight(stats);
  return candidates
    .map((candidate) => {
      const { score, reasons } = scoreMatch(source, candidate.features, { keyWeight });
      const combined = (1 - TRIGRAM_SHARE) * score + TRIGRAM_SHARE * candidate.trigram;
      return { id: candidate.id, score: Math.round(combined * 1000) / 1000, reasons, contradictions: findContradictions(source, candidate.features) };
    })
    .filter((match) => match.score >= MIN_MATCH_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
