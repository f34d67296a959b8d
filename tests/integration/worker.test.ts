import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopJobQueue } from "@/lib/services/jobs";
import { createImportBatch, getTask } from "@/lib/services/tasks";
import { importBatchSchema } from "@/lib/validation/tasks";
import { createTestTeam } from "../support/fixtures";

// Short expiry and maintenance so a dead worker's job is handed over within seconds.
const jobEnv = { CLAIMDESK_JOB_EXPIRE_SECONDS: "6", CLAIMDESK_JOB_MAINTENANCE_SECONDS: "1" };
Object.assign(process.env, jobEnv);

function startWorker(): ChildProcess {
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, ...jobEnv },
    stdio: "ignore",
  });
}

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const workers: ChildProcess[] = [];
afterAll(async () => {
  for (const worker of workers) worker.kill("SIGKILL");
  await stopJobQueue();
});

describe("background import on the job queue", () => {
  it("survives a worker killed mid-job: retried by another worker, every article exactly once", async () => {
    const { teamId, actor } = await createTestTeam("Worker");
    const articles = Array.from({ length: 30 }, (_, i) => ({
      title: `Dépêche ${i}`,
      text: `Le conseil municipal a voté ${i + 10} mesures le ${1 + (i % 28)} mars 2024. La séance a duré ${i + 2} heures.`,
    }));
    const task = await createImportBatch(teamId, actor, importBatchSchema.parse({ articles }));

    const first = startWorker();
    workers.push(first);
    const midway = await waitFor(() => getTask(teamId, task.id), (t) => t.done >= 3, 60_000);
    expect(midway.done).toBeGreaterThanOrEqual(3);
    first.kill("SIGKILL");
    const afterCrash = await getTask(teamId, task.id);
    expect(afterCrash.status).toBe("running");

    workers.push(startWorker());
    const finished = await waitFor(() => getTask(teamId, task.id), (t) => t.status.startsWith("completed"), 90_000);
    expect(finished).toMatchObject({ status: "completed", done: 30, failed: 0 });
    expect(await db().article.count({ where: { teamId } })).toBe(30);
    const row = await db().backgroundTask.findFirstOrThrow({ where: { id: task.id } });
    expect(row.attempts).toBeGreaterThanOrEqual(2);
  }, 180_000);

  it("keeps tasks to their team", async () => {
    const alpha = await createTestTeam("WorkerA");
    const beta = await createTestTeam("WorkerB");
    const task = await createImportBatch(alpha.teamId, alpha.actor, importBatchSchema.parse({ articles: [{ title: "x", text: "Le maire a parlé 3 heures." }] }));
    await expect(getTask(beta.teamId, task.id)).rejects.toMatchObject({ status: 404 });
  });
});
