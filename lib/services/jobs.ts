import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";

export const IMPORT_BATCH_QUEUE = "import-batch";

/**
 * The job queue: pg-boss, in the application's own PostgreSQL (schema "pgboss"), so any
 * number of workers on any machine share it. Jobs that a dead worker held expire and
 * are retried; handlers are written to be safe to run again (docs/scaling.md).
 */
function createBoss() {
  const { DATABASE_URL } = env();
  const seconds = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  return new PgBoss({
    connectionString: DATABASE_URL,
    max: 3,
    // How soon a crashed worker's job is noticed and handed to another worker.
    maintenanceIntervalSeconds: seconds("CLAIMDESK_JOB_MAINTENANCE_SECONDS", 30),
    monitorStateIntervalSeconds: seconds("CLAIMDESK_JOB_MAINTENANCE_SECONDS", 30),
  });
}

const globalForJobs = globalThis as unknown as { claimdeskBoss?: Promise<PgBoss> };

export function jobQueue(): Promise<PgBoss> {
  globalForJobs.claimdeskBoss ??= (async () => {
    const boss = createBoss();
    boss.on("error", (error) => console.error("[jobs]", error.message));
    await boss.start();
    const options = { name: IMPORT_BATCH_QUEUE, retryLimit: 5, retryDelay: 1, expireInSeconds: Number(process.env.CLAIMDESK_JOB_EXPIRE_SECONDS ?? 15 * 60) };
    await boss.createQueue(IMPORT_BATCH_QUEUE, options);
    // createQueue leaves an existing queue as it was: apply today's settings (a changed
    // CLAIMDESK_JOB_EXPIRE_SECONDS) to the jobs sent from now on.
    await boss.updateQueue(IMPORT_BATCH_QUEUE, options);
    return boss;
  })();
  return globalForJobs.claimdeskBoss;
}

export async function stopJobQueue() {
  const boss = await globalForJobs.claimdeskBoss;
  globalForJobs.claimdeskBoss = undefined;
  await boss?.stop({ graceful: true, wait: true });
}
