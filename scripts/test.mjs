// `npm test`: the whole suite — unit (vitest), integration against PostgreSQL (vitest),
// end-to-end in a real Chromium against `next start` (Playwright). Without DATABASE_URL
// it runs on a fresh embedded database; with it, on that (local) PostgreSQL.
// Pass --unit, --integration or --e2e to run one part only; other arguments filter the
// end-to-end specs (e.g. `npm test -- --e2e reader`).
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { startEmbeddedDatabase } from "./lib/embedded-db.mjs";
import { assertLocalDatabase } from "./lib/local-db.mjs";
import { checkDatabaseUrl, next, prisma, run, tsScript } from "./lib/run.mjs";

const log = (line) => console.log(`[test] ${line}`);
const only = ["--unit", "--integration", "--e2e"].filter((flag) => process.argv.includes(flag));
const wants = (part) => only.length === 0 || only.includes(`--${part}`);
const e2eFilters = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));

let embedded = null;
let dataDir = null;
let failed = false;
try {
  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    assertLocalDatabase(databaseUrl);
    const problem = await checkDatabaseUrl(databaseUrl);
    if (problem) throw new Error(problem);
  } else if (wants("integration") || wants("e2e")) {
    dataDir = `.data/pglite-test-${process.pid}`;
    embedded = await startEmbeddedDatabase({ dataDir, port: Number(process.env.EMBEDDED_TEST_DB_PORT ?? 54339), log });
    databaseUrl = embedded.url;
  }
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl ?? "postgresql://unused@127.0.0.1/unused",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "claimdesk-test-secret-not-for-production",
    NEXT_TELEMETRY_DISABLED: "1",
  };

  log("prisma generate");
  await prisma(["generate"], env);
  if (databaseUrl) {
    log("prisma migrate deploy");
    await prisma(["migrate", "deploy"], env);
  }
  const vitestProjects = [wants("unit") && "unit", wants("integration") && "integration"].filter(Boolean);
  if (vitestProjects.length > 0) {
    await run(process.execPath, ["node_modules/vitest/vitest.mjs", "run", ...vitestProjects.flatMap((p) => ["--project", p])], { env });
  }
  if (wants("e2e")) {
    log("seeding the demo team for end-to-end tests");
    await tsScript("scripts/seed-demo.ts", [], { env });
    log("next build");
    // next build adds a custom NEXT_DIST_DIR to tsconfig's include list: keep the file as committed.
    const tsconfig = readFileSync("tsconfig.json", "utf8");
    try {
      await next(["build"], { env, quiet: true });
    } finally {
      writeFileSync("tsconfig.json", tsconfig);
    }
    await run(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...e2eFilters], { env });
  }
} catch (error) {
  failed = true;
  console.error(`[test] ${error.message}`);
} finally {
  await embedded?.stop().catch(() => {});
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
