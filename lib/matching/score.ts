// Re-ranking score between two claims: a weighted set similarity over their
// keys. Weighted cosine (Ochiai) rather than raw overlap, so a long sentence
// does not win just by mentioning more things: every unmatched key on either
// side dilutes the score.

import { keyedFeatures, type KeyedFeature } from "./anchors";
import type { ClaimFeatures, MatchReason, MatchResult } from "./types";

export interface ScoreOptions {
  /**
   * IDF-style multiplier per key (e.g. log(N / df) from DB statistics, scaled
   * so a typical key is ~1). Called with anchor keys and with scoring-only
   * keys (w:<stem>, ns:<unit>). Defaults to 1.
   */
  keyWeight?: (key: string) => number;
}

// Claims sharing only concepts/terms ("war", "sanctions") are usually different
// facts about the same story; a shared entity, number or date is what makes two
// sentences plausibly the same claim.
const SOFT_ONLY_FACTOR = 0.5;

function weightOf(key: string, k: KeyedFeature, keyWeight?: (key: string) => number): number {
  const idf = keyWeight ? keyWeight(key) : 1;
  return k.base * (Number.isFinite(idf) && idf > 0 ? idf : 0);
}

export function scoreMatch(a: ClaimFeatures, b: ClaimFeatures, opts: ScoreOptions = {}): MatchResult {
  const ka = keyedFeatures(a);
  const kb = keyedFeatures(b);
  let totalA = 0;
  let totalB = 0;
  for (const [key, k] of ka) totalA += weightOf(key, k, opts.keyWeight);
  for (const [key, k] of kb) totalB += weightOf(key, k, opts.keyWeight);
  if (totalA === 0 || totalB === 0) return { score: 0, reasons: [] };

  let shared = 0;
  let hard = false;
  const reasons: MatchReason[] = [];
  const exactUnits = new Set<string>();
  for (const [key, fa] of ka) {
    const fb = kb.get(key);
    if (!fb) continue;
    const w = weightOf(key, fa, opts.keyWeight);
    if (w === 0) continue;
    shared += w;
    if (fa.kind === "entity" || fa.kind === "date" || (fa.kind === "number" && key.startsWith("n:"))) hard = true;
    const unit = /^n:[^:]+:(.+)$/.exec(key)?.[1];
    if (unit) exactUnits.add(unit);
    reasons.push({
      kind: fa.kind,
      key,
      label: fa.label,
      a: fa.span.text,
      b: fb.span.text,
      aSpan: { start: fa.span.start, end: fa.span.end },
      bSpan: { start: fb.span.start, end: fb.span.end },
      weight: w,
    });
  }
  let score = shared / Math.sqrt(totalA * totalB);
  if (!hard) score *= SOFT_ONLY_FACTOR;
  score = Math.min(1, Math.max(0, score));
  // "a number of years" is only worth showing when the values themselves differ.
  const shown = reasons.filter((r) => !(r.key.startsWith("ns:") && exactUnits.has(r.key.slice(3))));
  shown.sort((x, y) => y.weight - x.weight);
  return { score: Math.round(score * 1e4) / 1e4, reasons: shown };
}
