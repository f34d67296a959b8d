// A real HTTP load generator (autocannon) against `next start` on loopback, at a stated
// rate for a bounded time. Loopback only, bounded in time: it stops by itself.
import autocannon from "autocannon";
import { percentile, type BenchRow } from "../stats";

/** Connections per target: enough that the stated rate holds even when answers slow down. */
export const LOAD_CONNECTIONS = 16;

type Target = { name: string; path: string; rate: number; method?: "GET" | "PUT"; setupClient?: (client: never) => void };
type Outcome = { result: autocannon.Result; latencies: number[] };

function runOne(baseUrl: string, cookie: string, target: Target, seconds: number) {
  return new Promise<Outcome>((resolve, reject) => {
    // autocannon reports p97.5 but no p95: keep every response time.
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url: baseUrl + target.path,
        method: target.method ?? "GET",
        connections: LOAD_CONNECTIONS,
        duration: seconds,
        overallRate: target.rate,
        headers: { cookie, origin: baseUrl, "content-type": "application/json" },
        setupClient: target.setupClient as never,
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies })),
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
    instance.on("error", reject);
  });
}

export async function loadBench(baseUrl: string, cookie: string, articleId: string, claimId: string, verdictClaimIds: string[], initialVersions: number[], seconds: number): Promise<BenchRow[]> {
  const targets: Target[] = [
    { name: "article page", path: `/articles/${articleId}`, rate: 10 },
    { name: "matches API", path: `/api/v1/claims/${claimId}/matches?limit=10`, rate: 15 },
  ];
  let connection = 0;
  type LoadClient = { setRequests(requests: Array<Record<string, unknown>>): void };
  const verdictSetup = (client: LoadClient) => {
    // Each connection writes its own claim and sends the version the last answer returned.
    // The state lives here, not in autocannon's per-request context: that is reset after
    // every request when there is only one.
    const index = connection++ % verdictClaimIds.length;
    let version = initialVersions[index] ?? 0;
    let n = 0;
    client.setRequests([
      {
        method: "PUT",
        path: `/api/v1/claims/${verdictClaimIds[index]}/verdict`,
        setupRequest: (request: Record<string, unknown>) => ({
          ...request,
          body: JSON.stringify({ status: n++ % 2 ? "unverified" : "disputed", rationale: `load ${n}`, version }),
        }),
        onResponse: (status: number, body: string) => {
          if (status !== 200) return;
          version = (JSON.parse(body) as { claim: { version: number } }).claim.version;
        },
      },
    ]);
  };
  const all: Target[] = [...targets, { name: "verdict API", path: `/api/v1/claims/${verdictClaimIds[0]}/verdict`, method: "PUT", rate: 5, setupClient: verdictSetup as never }];
  const outcomes = await Promise.all(all.map((target) => runOne(baseUrl, cookie, target, seconds)));
  return outcomes.map(({ result, latencies }, i) => {
    const { name, rate } = all[i]!;
    const failures = result.errors + result.non2xx + result.timeouts;
    // Held: no error, and at least 95% of the stated number of requests answered.
    const held = result.requests.total >= 0.95 * rate * seconds;
    return {
      name: `load: ${name} at ${rate} req/s for ${seconds} s`,
      value: percentile(latencies, 95),
      unit: "ms (p95)",
      target: { op: "<" as const, value: Number.POSITIVE_INFINITY, text: "held, 0 errors" },
      pass: failures === 0 && held,
      note: `${result.requests.total} requests (${(result.requests.total / seconds).toFixed(1)}/s), ${failures} errors, p50 ${percentile(latencies, 50).toFixed(0)} ms`,
    };
  });
}
