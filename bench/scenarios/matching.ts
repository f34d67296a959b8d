import { db } from "@/lib/db";
import { explainCandidateQuery, findMatches } from "@/lib/services/matching";
import { fillTeamWithSyntheticClaims as fillTeam } from "@/lib/services/synthetic-corpus";
import { percentile, type BenchRow } from "../stats";

async function sampleClaims(teamId: string, count: number) {
  // A deterministic spread of claims across the team.
  const rows = await db().$queryRaw<Array<{ id: string }>>`
    SELECT id FROM "Claim" WHERE "teamId" = ${teamId} ORDER BY md5(id) LIMIT ${count}`;
  return rows.map((row) => row.id);
}

async function latencies(teamId: string, samples: number) {
  const ids = await sampleClaims(teamId, samples);
  for (const id of ids.slice(0, 10)) await findMatches(teamId, id, 10); // warm-up
  const ms: number[] = [];
  for (const id of ids) {
    const start = performance.now();
    await findMatches(teamId, id, 10);
    ms.push(performance.now() - start);
  }
  return ms;
}

/** The plan of a real candidate query (it must use the GIN index on anchorKeys). */
export async function candidatePlan(teamId: string) {
  const [claimId] = await sampleClaims(teamId, 1);
  return explainCandidateQuery(teamId, claimId!);
}

export async function matchingBench(teamId: string, sizes: [number, number], samples: number, log: (line: string) => void): Promise<{ rows: BenchRow[]; plan: string }> {
  const [small, large] = sizes;
  let start = performance.now();
  await fillTeam(teamId, small, 1, (done) => done % 20_000 === 0 && log(`  filled ${done} claims`));
  log(`  ${small} claims loaded in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  const atSmall = await latencies(teamId, samples);
  const plan = await candidatePlan(teamId);
  start = performance.now();
  await fillTeam(teamId, large - small, 2, (done) => done % 20_000 === 0 && log(`  filled ${small + done} claims`));
  log(`  ${large} claims loaded in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  const atLarge = await latencies(teamId, samples);
  const p50Small = percentile(atSmall, 50);
  const p50Large = percentile(atLarge, 50);
  const k = (n: number) => `${n / 1000}k`;
  return {
    plan,
    rows: [
      { name: `match latency p50 at ${k(small)} claims`, value: p50Small, unit: "ms" },
      { name: `match latency p95 at ${k(small)} claims`, value: percentile(atSmall, 95), unit: "ms" },
      { name: `match latency p50 at ${k(large)} claims`, value: p50Large, unit: "ms", target: { op: "<", value: 50, text: "< 50 ms" } },
      { name: `match latency p95 at ${k(large)} claims`, value: percentile(atLarge, 95), unit: "ms" },
      { name: `p50 growth ${k(small)} → ${k(large)}`, value: p50Large / p50Small, unit: "×", target: { op: "<=", value: 1.5, text: "≤ 1.5×" } },
    ],
  };
}
