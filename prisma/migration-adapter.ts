/**
 * The driver adapter the Prisma 6.19 CLI uses to run its WASM schema engine
 * (prisma.config.ts, `engine: "js"`). Only migrations use it; the app uses the stock
 * PrismaPg adapter (lib/db.ts). It works around four defects of @prisma/adapter-pg
 * 6.19.3 when used for migrations (docs/decisions/001-prisma-6-adapter-migrations.md):
 *  1. catalog columns of type `name` / `"char"` are rejected → report them as text;
 *  2. the shadow database connection reuses the main database → explicit fields;
 *  3. the shadow database is dropped before its pool closes → close first;
 *  4. migration scripts are split on every `;` → send the script whole.
 */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const CATALOG_TEXT_OIDS = new Set([18 /* "char" */, 19 /* name */]);
const TEXT_OID = 25;

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> } | undefined;

function reportCatalogTypesAsText<T extends QueryResultLike>(result: T): T {
  for (const field of result?.fields ?? []) {
    if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

class CatalogFriendlyClient extends pg.Client {
  // pg calls query() both with a trailing callback (from Pool.query) and promise-style.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: QueryResultLike) => last(err, reportCatalogTypesAsText(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return result instanceof Promise ? result.then(reportCatalogTypesAsText) : result;
  }
}

function poolConfig(connectionString: string, database?: string): pg.PoolConfig {
  const url = new URL(connectionString);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: database ?? decodeURIComponent(url.pathname.replace(/^\//, "")),
    ssl: ["require", "verify-full", "verify-ca"].includes(url.searchParams.get("sslmode") ?? "") ? true : undefined,
    max: 2,
    // The CLI never closes the pools; without this each command idles ~10 s before exiting.
    allowExitOnIdle: true,
    Client: CatalogFriendlyClient,
  };
}

async function connectSendingScriptsWhole(config: pg.PoolConfig) {
  const adapter = await new PrismaPg(config).connect();
  const pool = adapter.underlyingDriver() as pg.Pool;
  const reportError = (adapter as unknown as { onError(e: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      // One simple-protocol query, as the native engine does: keeps $$ bodies intact.
      await pool.query(script);
    } catch (error) {
      reportError(error);
    }
  };
  return adapter;
}

export function createMigrationAdapter(connectionString: string): SqlMigrationAwareDriverAdapterFactory {
  const mainConfig = poolConfig(connectionString);
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectSendingScriptsWhole(mainConfig),
    async connectToShadowDb() {
      const main = await connectSendingScriptsWhole(mainConfig);
      const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      await main.executeScript(`CREATE DATABASE "${database}"`);
      const shadow = await connectSendingScriptsWhole(poolConfig(connectionString, database));
      const disposeShadowPool = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await disposeShadowPool();
        await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
        await main.dispose();
      };
      return shadow;
    },
  };
}
