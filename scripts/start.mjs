// `npm start`: serve Claimdesk. Without DATABASE_URL it runs on the embedded database
// (PGlite, data in .data/pglite) with the demo team and articles; with DATABASE_URL it
// uses that PostgreSQL and creates no demo account (`npm run db:seed-demo` does).
// `npm run dev` does the same with the Next dev server.
import { spawn } from "node:child_process";
import { startEmbeddedDatabase } from "./lib/embedded-db.mjs";
import { checkDatabaseUrl, next, prisma, tsScript } from "./lib/run.mjs";
import { localAuthSecret } from "./lib/secret.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const log = (line) => console.log(`[claimdesk] ${line}`);

function fail(message) {
  console.error(`[claimdesk] ${message}`);
  process.exit(1);
}

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 9)) fail(`Node ${process.versions.node} is too old: Claimdesk needs Node 20.9 or newer.`);

let embedded = null;
let databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  const problem = await checkDatabaseUrl(databaseUrl);
  if (problem) fail(problem);
  log("Using the PostgreSQL database from DATABASE_URL.");
} else {
  try {
    embedded = await startEmbeddedDatabase({
      dataDir: process.env.EMBEDDED_DB_DIR ?? ".data/pglite",
      port: Number(process.env.EMBEDDED_DB_PORT ?? 54329),
      log,
    });
  } catch (error) {
    fail(error.message);
  }
  databaseUrl = embedded.url;
  log(`Embedded database ready at ${databaseUrl}`);
}

const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localAuthSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
if (embedded) env.CLAIMDESK_EMBEDDED_DB = "1";

try {
  log("Generating the Prisma client and applying migrations…");
  await prisma(["generate"], env);
  await prisma(["migrate", "deploy"], env);
  process.stdout.write(await tsScript("scripts/reindex.ts", [], { env, quiet: true }));
  if (embedded) {
    const demo = await tsScript("scripts/seed-demo.ts", [], { env, quiet: true });
    process.stdout.write(demo);
  }
  if (!dev) {
    log("Building the app (next build)…");
    await next(["build"], { env, quiet: true });
  }
} catch (error) {
  fail(error.message);
}

const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", dev ? "dev" : "start", "--port", String(port)], { env, stdio: "inherit" });
// One background worker next to the app (more can run anywhere: `npm run worker`).
const worker = process.env.CLAIMDESK_WORKERS === "0" ? null : spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], { env, stdio: "inherit" });
log(`Claimdesk is starting at http://localhost:${port}`);
if (embedded) log("Demo login: demo@claimdesk.local / claimdesk-demo (embedded database only)");

// A process manager stops this process alone (SIGTERM): the server and the worker must go
// with it, or they outlive it holding the port and the database.
let stopping = false;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  const children = [server, worker].filter((child) => child && child.exitCode === null && child.signalCode === null);
  const exited = Promise.all(children.map((child) => new Promise((resolve) => child.once("exit", resolve))));
  for (const child of children) child.kill("SIGTERM");
  // The database goes last: the worker finishes its current step first (5 s at most).
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  await embedded?.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => shutdown());
process.on("SIGTERM", () => shutdown());
server.on("exit", (code, signal) => {
  if (stopping) return;
  if (code !== 0) log(`next ${dev ? "dev" : "start"} stopped (${signal ?? `exit ${code}`})`);
  // Through shutdown either way: the worker and the embedded database must not outlive it.
  void shutdown(code === 0 ? 0 : 1);
});
