import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

function createClient() {
  const { DATABASE_URL, DB_POOL_MAX } = env();
  if (!DATABASE_URL) throw new Error("DATABASE_URL is not set: start Claimdesk with `npm start`.");
  const adapter = new PrismaPg({ connectionString: DATABASE_URL, max: DB_POOL_MAX });
  // Password hashes never leave the database unless a query opts in explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { claimdeskDb?: Db };

/** The one Prisma client of the process (kept on globalThis across dev reloads). */
export function db(): Db {
  globalForDb.claimdeskDb ??= createClient();
  return globalForDb.claimdeskDb;
}
