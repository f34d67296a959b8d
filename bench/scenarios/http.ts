import { BenchClient } from "../http";
import type { BenchServer } from "../server";
import { percentile, type BenchRow } from "../stats";

async function ttfbRows(client: BenchClient, name: string, path: string, target: number): Promise<BenchRow[]> {
  const probe = await client.request(path);
  await probe.arrayBuffer();
  if (probe.status === 404) return [{ name, value: null, unit: "ms", note: `${path} not built yet` }];
  const ms: number[] = [];
  for (let i = 0; i < 5; i++) await client.ttfb(path); // warm-up
  for (let i = 0; i < 30; i++) ms.push(await client.ttfb(path));
  return [
    { name: `${name} TTFB p50`, value: percentile(ms, 50), unit: "ms", target: { op: "<", value: target, text: `< ${target} ms` } },
    { name: `${name} TTFB p95`, value: percentile(ms, 95), unit: "ms" },
  ];
}

export async function pagesBench(client: BenchClient, articleId: string): Promise<BenchRow[]> {
  return [
    ...(await ttfbRows(client, "article page at 2k claims", `/articles/${articleId}`, 150)),
    ...(await ttfbRows(client, "review queue at 2k claims", "/queue", 150)),
  ];
}

/** 20 clients, each writing verdicts on its own claim with the version it last read. */
export async function verdictBench(client: BenchClient, claimIds: string[], seconds: number): Promise<BenchRow[]> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    claimIds.slice(0, 20).map(async (claimId, index) => {
      let version = (await (await client.request(`/api/v1/claims/${claimId}`)).json()).claim.version as number;
      let n = 0;
      while (performance.now() < deadline) {
        const start = performance.now();
        const response = await client.request(`/api/v1/claims/${claimId}/verdict`, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ status: n++ % 2 ? "unverified" : "disputed", rationale: `bench ${index}-${n}`, version }),
        });
        latencies.push(performance.now() - start);
        const body = await response.json();
        if (response.status !== 200) errors++;
        version = body.claim?.version ?? body.version ?? body.group?.version ?? version + 1;
      }
    }),
  );
  return [
    { name: "verdict writes, 20 concurrent clients", value: latencies.length / seconds, unit: "writes/s", note: `${errors} errors` },
    { name: "verdict write latency p50", value: percentile(latencies, 50), unit: "ms" },
    { name: "verdict write latency p95", value: percentile(latencies, 95), unit: "ms" },
  ];
}

/** Streams the whole team's claims as CSV, sampling the server's resident memory. */
export async function exportBench(client: BenchClient, server: BenchServer, claims: number): Promise<BenchRow[]> {
  const path = "/api/v1/export?format=csv&status=unverified,corroborated,disputed";
  const before = server.rssMb();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, server.rssMb())), 50);
  const start = performance.now();
  const response = await client.request(path);
  let bytes = 0;
  const reader = response.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) bytes += chunk.value.byteLength;
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  if (response.status !== 200) return [{ name: `export of ${claims / 1000}k claims`, value: null, unit: "s", note: `export API answered ${response.status}` }];
  return [
    { name: `export of ${claims / 1000}k claims (CSV)`, value: seconds, unit: "s", target: { op: "<", value: 5, text: "< 5 s" }, note: `${(bytes / 1e6).toFixed(1)} MB` },
    // The process has served the earlier scenarios: its heap has grown before the export.
    { name: "export peak server RSS", value: peak, unit: "MB", target: { op: "<", value: 200, text: "< 200 MB" }, note: `${before.toFixed(0)} MB before the export` },
  ];
}
