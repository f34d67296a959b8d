import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

function createHandles() {
  const { DATABASE_URL, DB_POOL_MAX } = env();
  if (!DATABASE_URL) throw new Error("DATABASE_URL is not set: start Claimdesk with `npm start`.");
  // One pool per process, shared by Prisma and the few streamed reads (see dbPool).
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: DB_POOL_MAX });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // Password hashes never leave the database unless a query opts in explicitly; the
  // team-prefixed anchor keys only feed the matching index.
  const client = new PrismaClient({ adapter, omit: { user: { passwordHash: true }, claim: { teamAnchorKeys: true } } });
  return { client, pool };
}

type Handles = ReturnType<typeof createHandles>;
export type Db = Handles["client"];
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { claimdeskDb?: Handles };
const handles = () => (globalForDb.claimdeskDb ??= createHandles());

/** The one Prisma client of the process (kept on globalThis across dev reloads). */
export function db(): Db {
  return handles().client;
}

/**
 * The connection pool under the Prisma client, for reads that stream large results
 * (exports: docs/decisions/007-export-reads-bypass-prisma.md). Everything else goes
 * through db().
 */
export function dbPool(): pg.Pool {
  return handles().pool;
}

/** Closes the client and its pool; the next db() call opens new ones. */
export async function disconnectDb() {
  const current = globalForDb.claimdeskDb;
  globalForDb.claimdeskDb = undefined;
  await current?.client.$disconnect();
}
