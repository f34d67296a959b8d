// Small process helpers shared by scripts/start.mjs and scripts/test.mjs.
import { spawn } from "node:child_process";
import pg from "pg";

export function run(command, args, { env = process.env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})${quiet ? `\n${output}` : ""}`));
    });
  });
}

export function next(args, options) {
  return run(process.execPath, ["node_modules/next/dist/bin/next", ...args], options);
}

/** Runs a TypeScript script that may import server modules ("server-only" resolves to a no-op). */
export function tsScript(file, args = [], options) {
  return run(process.execPath, ["--conditions=react-server", "--import", "tsx", file, ...args], options);
}

/** One clear line instead of a stack trace when DATABASE_URL is wrong. */
export async function checkDatabaseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return `DATABASE_URL is not a valid URL (expected postgresql://user:password@host:5432/database).`;
  }
  if (!["postgres:", "postgresql:"].includes(parsed.protocol)) {
    return `DATABASE_URL must start with postgresql:// (got ${parsed.protocol}//).`;
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    const where = `${parsed.hostname}:${parsed.port || 5432}/${parsed.pathname.slice(1)}`;
    return `Cannot reach the database at ${where}: ${error.message}. Check DATABASE_URL, or unset it to use the embedded database.`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Prisma's CLI (WASM schema engine) lingers ~10 s after finishing; we wait for it. */
export function prisma(args, env) {
  return run(process.execPath, ["node_modules/prisma/build/index.js", ...args], { env, quiet: true });
}
