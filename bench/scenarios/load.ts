// A real HTTP load generator (autocannon) against `next start` on loopback, at a stated
// rate for a bounded time. Loopback only, bounded in time: it stops by itself.
import autocannon from "autocannon";
import type { BenchRow } from "../stats";

type Target = { name: string; path: string; rate: number; method?: "GET" | "PUT"; body?: (context: Record<string, unknown>) => string };

function runOne(baseUrl: string, cookie: string, target: Target, seconds: number, setup?: (client: unknown) => void) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl + target.path,
        method: target.method ?? "GET",
        connections: 4,
        duration: seconds,
        overallRate: target.rate,
        headers: { cookie, origin: baseUrl, "content-type": "application/json" },
        setupClient: setup as never,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("error", reject);
  });
}

export async function loadBench(baseUrl: string, cookie: string, articleId: string, claimId: string, verdictClaimIds: string[], initialVersions: number[], seconds: number): Promise<BenchRow[]> {
  const targets: Target[] = [
    { name: "article page", path: `/articles/${articleId}`, rate: 20 },
    { name: "matches API", path: `/api/v1/claims/${claimId}/matches?limit=10`, rate: 40 },
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
  const results = await Promise.all([
    ...targets.map((target) => runOne(baseUrl, cookie, target, seconds)),
    runOne(baseUrl, cookie, { name: "verdict API", path: `/api/v1/claims/${verdictClaimIds[0]}/verdict`, method: "PUT", rate: 10 }, seconds, verdictSetup as never),
  ]);
  const names = [...targets.map((t) => t.name), "verdict API"];
  const rates = [...targets.map((t) => t.rate), 10];
  return results.map((result, i) => {
    const failures = result.errors + result.non2xx + result.timeouts;
    return {
      name: `load: ${names[i]} at ${rates[i]} req/s for ${seconds} s`,
      value: result.latency.p97_5,
      unit: "ms (p97.5)",
      target: { op: "<" as const, value: Number.POSITIVE_INFINITY, text: "0 errors" },
      pass: failures === 0,
      note: `${result.requests.total} requests, ${failures} errors, p50 ${result.latency.p50} ms`,
    };
  });
}
