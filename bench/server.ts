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
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    pid: child.pid!,
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}
