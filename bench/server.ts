import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { next } from "../scripts/lib/run.mjs";

export type BenchServer = { url: string; pid: number; rssMb(): number; stop(): Promise<void> };

/** Builds (unless told not to) and starts `next start` on the benchmark database. */
export async function startServer(port: number, build: boolean): Promise<BenchServer> {
  const env = { ...process.env, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "claimdesk-bench-secret-0123456789", NEXTAUTH_URL: `http://localhost:${port}`, NEXT_TELEMETRY_DISABLED: "1" };
  if (build) {
    const tsconfig = readFileSync("tsconfig.json", "utf8");
    await next(["build"], { env, quiet: true });
    (await import("node:fs")).writeFileSync("tsconfig.json", tsconfig);
  }
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port)], { env, stdio: "ignore" });
  const url = `http://localhost:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let healthy = false;
  for (let i = 0; i < 120 && !healthy && child.exitCode === null; i++) {
    try {
      healthy = (await fetch(`${url}/api/health`)).ok;
    } catch {
      // not listening yet
    }
    if (!healthy) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!healthy) {
    child.kill("SIGKILL");
    throw new Error(`next start did not become healthy on port ${port} (no build? run without --no-build)`);
  }
  return {
    url,
    pid: child.pid!,
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
