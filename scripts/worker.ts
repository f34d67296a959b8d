// The background worker: `npm run worker` (any number, on any machine with DATABASE_URL).
// `npm start` runs one next to the app unless CLAIMDESK_WORKERS=0.
import { IMPORT_BATCH_QUEUE, jobQueue, stopJobQueue } from "@/lib/services/jobs";
import { runImportBatch } from "@/lib/services/tasks";

type ImportJob = { taskId: string; teamId: string };

const boss = await jobQueue();
await boss.work<ImportJob>(IMPORT_BATCH_QUEUE, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
  if (job) await runImportBatch(job.data.teamId, job.data.taskId);
});
console.log(`[worker] ready (pid ${process.pid}), queue ${IMPORT_BATCH_QUEUE}`);

async function shutdown() {
  await stopJobQueue();
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
