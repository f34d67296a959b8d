// `npm run bench`: one table of the figures the issues set targets for, written to
// bench/results.json too. Embedded database by default, a local PostgreSQL with
// DATABASE_URL. Options: --quick (small sizes, a smoke run), --no-build, --load-seconds=N.
import { writeFileSync } from "node:fs";
import os from "node:os";
import { benchDatabase } from "./database";

const log = (line: string) => console.log(`[bench] ${line}`);
const quick = process.argv.includes("--quick");
const build = !process.argv.includes("--no-build");
const loadSeconds = Number(process.argv.find((a) => a.startsWith("--load-seconds="))?.split("=")[1] ?? (quick ? 5 : 60));
const sizes: [number, number] = quick ? [2_000, 6_000] : [10_000, 100_000];

const database = await benchDatabase(log);
// Services read DATABASE_URL at first use: import them only now.
const { createUserWithTeam } = await import("@/lib/services/users");
const { db, disconnectDb } = await import("@/lib/db");
const { fillTeamWithSyntheticClaims: fillTeam } = await import("@/lib/services/synthetic-corpus");
const { importBench } = await import("./scenarios/import");
const { matchingBench } = await import("./scenarios/matching");
const { exportBench, pagesBench, verdictBench } = await import("./scenarios/http");
const { LOAD_CONNECTIONS, loadBench } = await import("./scenarios/load");
const { startServer } = await import("./server");
const { BenchClient } = await import("./http");
const { formatTable, verdictOf } = await import("./stats");
type Row = import("./stats").BenchRow;

const password = "bench password 1234";
async function team(label: string) {
  const email = `${label}-${Date.now()}@bench.claimdesk.local`;
  const { user, team } = await createUserWithTeam({ name: `Bench ${label}`, email, password, teamName: `Bench ${label}` });
  return { email, teamId: team.id, actor: { userId: user.id, label: user.name } };
}

async function httpScenarios(server: Awaited<ReturnType<typeof startServer>>, pages: Awaited<ReturnType<typeof team>>) {
  try {
    // The export first, on a fresh server: its peak RSS then measures the export, not
    // the heap that the page and verdict scenarios left behind.
    const largeClient = new BenchClient(server.url);
    await largeClient.signIn(largeTeamEmail, password);
    await step("export", () => exportBench(largeClient, server, sizes[1]));

    const pagesClient = new BenchClient(server.url);
    await pagesClient.signIn(pages.email, password);
    const article = await db().article.findFirstOrThrow({ where: { teamId: pages.teamId }, select: { id: true } });
    await step("pages", () => pagesBench(pagesClient, article.id));
    const claims = await db().claim.findMany({ where: { teamId: pages.teamId }, select: { id: true, group: { select: { version: true } } }, take: 40 });
    await step("verdicts", () => verdictBench(pagesClient, claims.slice(0, 20).map((c) => c.id), quick ? 3 : 10));

    log(`load test for ${loadSeconds} s…`);
    const fresh = await db().claim.findMany({ where: { teamId: pages.teamId }, select: { id: true, group: { select: { version: true } } }, skip: 20, take: LOAD_CONNECTIONS });
    await step("load", () => loadBench(server.url, pagesClient.cookieHeader, article.id, claims[0]!.id, fresh.map((c) => c.id), fresh.map((c) => c.group.version), loadSeconds));
  } finally {
    await server.stop();
  }
}

let largeTeamEmail = "";
const rows: Row[] = [];
const started = performance.now();
/** A failing scenario is reported in the table; the others still run. */
async function step(name: string, run: () => Promise<Row[]>) {
  try {
    rows.push(...(await run()));
  } catch (error) {
    console.error(`[bench] ${name} failed:`, error instanceof Error ? error.message.split("\n")[0] : error);
    rows.push({ name, value: null, unit: "", pass: false, note: "failed: see the log above" });
  }
}
try {
  log(`database: ${database.embedded ? "embedded (PGlite)" : "PostgreSQL from DATABASE_URL"}`);
  log("import and segmentation…");
  const importer = await team("import");
  await step("import", () => importBench(importer.teamId, importer.actor, quick ? 20 : 200));

  log(`matching at ${sizes[0]} and ${sizes[1]} claims…`);
  const large = await team("matching");
  largeTeamEmail = large.email;
  await step("matching", async () => {
    const matching = await matchingBench(large.teamId, sizes, quick ? 30 : 200, log);
    const usesIndex = /Bitmap Index Scan on "Claim_teamAnchorKeys_idx"/.test(matching.plan);
    const execution = /Execution Time: ([\d.]+ ms)/.exec(matching.plan)?.[1];
    return [...matching.rows, { name: `candidate query uses the anchorKeys GIN index (${sizes[0] / 1000}k)`, value: null, unit: "", pass: usesIndex, note: `EXPLAIN ANALYZE: ${execution ?? "?"}` }];
  });

  log("HTTP: building and starting next start…");
  const pages = await team("pages");
  await fillTeam(pages.teamId, 2_000, 3);
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  await step("next build + start", async () => {
    server = await startServer(Number(process.env.BENCH_PORT ?? 3900), build);
    return [];
  });
  if (server) await httpScenarios(server, pages);
} finally {
  await disconnectDb().catch(() => {});
  await database.stop();
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
console.log(`\nClaimdesk benchmark — ${database.embedded ? "embedded database (PGlite)" : "PostgreSQL"} — ${machine}\n`);
console.log(formatTable(rows));
console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
writeFileSync(
  "bench/results.json",
  `${JSON.stringify({ at: new Date().toISOString(), database: database.embedded ? "pglite" : "postgresql", machine, quick, rows: rows.map((row) => ({ ...row, result: verdictOf(row) })) }, null, 2)}\n`,
);
process.exit(0);
