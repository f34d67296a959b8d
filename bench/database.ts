import { rmSync } from "node:fs";
import { startEmbeddedDatabase } from "../scripts/lib/embedded-db.mjs";
import { assertLocalDatabase } from "../scripts/lib/local-db.mjs";
import { prisma } from "../scripts/lib/run.mjs";

/** A fresh embedded database (default) or the local PostgreSQL named by DATABASE_URL. */
export async function benchDatabase(log: (line: string) => void) {
  let url = process.env.DATABASE_URL;
  const embedded = !url;
  let stop = async () => {};
  if (url) {
    assertLocalDatabase(url);
  } else {
    const dataDir = `.data/bench-${process.pid}`;
    const server = await startEmbeddedDatabase({ dataDir, port: Number(process.env.EMBEDDED_BENCH_DB_PORT ?? 54399), log });
    url = server.url;
    stop = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  process.env.DATABASE_URL = url;
  await prisma(["migrate", "deploy"], { ...process.env, DATABASE_URL: url });
  return { url, embedded, stop };
}
