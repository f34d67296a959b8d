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
  keepExtendedQueriesTogether(server);
  await server.start();
  return {
    url: `postgresql://postgres:postgres@${host}:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

// Extended-protocol messages of one client: Parse, Bind, Describe, Execute, Close, Flush.
const EXTENDED = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);
const SYNC = 0x53;
const QUERY = 0x51;

/**
 * pglite-socket 0.2 multiplexes clients onto PGlite's one session message by message, so
 * two clients' Parse/Bind/Execute sequences can interleave ("portal does not exist"), and
 * one failed message stops its queue for good. This keeps a client's extended-protocol
 * sequence together up to its Sync (as it already does for transactions) and keeps the
 * queue running after a failure. To be dropped once upstream does the same.
 */
function keepExtendedQueriesTogether(server) {
  const queue = server.queryQueue;
  if (!queue || typeof queue.processQueue !== "function") throw new Error("pglite-socket internals changed: review scripts/lib/embedded-db.mjs");
  queue.midSequence = false;
  queue.processQueue = async function processQueue() {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const pinned = this.lastHandlerId !== null && (this.midSequence || this.db.isInTransaction());
        const index = pinned ? this.queue.findIndex((item) => item.handlerId === this.lastHandlerId) : 0;
        if (index === -1) break; // wait for the pinned client's next message
        const [item] = this.queue.splice(index, 1);
        const type = item.message[0];
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, { onRawData: (data) => { bytes += data.length; item.onData(data); } }),
          );
        } catch (error) {
          item.reject(error);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        if (EXTENDED.has(type)) this.midSequence = true;
        else if (type === SYNC || type === QUERY) this.midSequence = false;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    clearQueueForHandler(handlerId);
    if (queue.lastHandlerId === handlerId) {
      queue.midSequence = false;
      if (!queue.db.isInTransaction()) queue.lastHandlerId = null;
    }
    setImmediate(() => queue.processQueue());
  };
}
