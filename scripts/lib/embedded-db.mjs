// The embedded default database: PGlite (PostgreSQL compiled to WASM) served on a
// local TCP port, so the app, Prisma's CLI and psql talk to it like any PostgreSQL.
// See docs/decisions/002-embedded-database.md.
import { existsSync, mkdirSync } from "node:fs";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// PGlite runs one session; the socket server multiplexes connections onto it
// (transaction-aware). The app's pool must stay below this (lib/db.ts).
export const EMBEDDED_MAX_CONNECTIONS = 24;

function portIsFree(port, host) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, host);
  });
}

export async function startEmbeddedDatabase({ dataDir, port, log = console.log }) {
  const host = "127.0.0.1";
  if (!(await portIsFree(port, host))) {
    throw new Error(
      `Port ${port} for the embedded database is taken (is Claimdesk already running?). ` +
        `Stop the other process or set EMBEDDED_DB_PORT to a free port.`,
    );
  }
  const firstStart = !existsSync(dataDir);
  mkdirSync(dataDir, { recursive: true });
  log(
    firstStart
      ? `Creating the embedded database in ${dataDir} (first start: initdb in WASM takes 5–20 s)…`
      : `Opening the embedded database in ${dataDir}…`,
  );
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent } });
  const server = new PGLiteSocketServer({ db, port, host, maxConnections: EMBEDDED_MAX_CONNECTIONS });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@${host}:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
