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

/**
 * The keys worth querying with: common keys ("e:putin" in a Putin corpus) would pull
 * thousands of candidates; the rarest ones find the same claim with far fewer rows.
 */
export function candidateKeys(keys: readonly string[], stats: KeyStats, { maxKeys = 12, maxShare = 0.05, minKeys = 3 } = {}): string[] {
  const byRarity = [...new Set(keys)].sort((a, b) => (stats.df.get(a) ?? 0) - (stats.df.get(b) ?? 0));
  const ceiling = Math.max(50, stats.total * maxShare);
  const rare = byRarity.filter((key) => (stats.df.get(key) ?? 0) <= ceiling);
  return (rare.length >= minKeys ? rare : byRarity.slice(0, minKeys)).slice(0, maxKeys);
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
