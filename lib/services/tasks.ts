import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { importArticle } from "@/lib/services/articles";
import type { Actor } from "@/lib/services/audit";
import { IMPORT_BATCH_QUEUE, jobQueue } from "@/lib/services/jobs";
import { articleImportSchema } from "@/lib/validation/article";
import type { ImportBatchInput } from "@/lib/validation/tasks";

const taskJson = (task: { id: string; kind: string; status: string; total: number; done: number; failed: number; result: unknown; createdAt: Date; updatedAt: Date }) => ({
  id: task.id, kind: task.kind, status: task.status, total: task.total, done: task.done, failed: task.failed,
  result: task.result, createdAt: task.createdAt.toISOString(), updatedAt: task.updatedAt.toISOString(),
});
export type TaskJson = ReturnType<typeof taskJson>;

/** A batch of articles imported in the background; the editor follows its progress. */
export async function createImportBatch(teamId: string, actor: Actor, input: ImportBatchInput) {
  const task = await db().backgroundTask.create({
    data: {
      teamId, kind: IMPORT_BATCH_QUEUE, total: input.articles.length, createdById: actor.userId,
      payload: { actor, articles: input.articles } as unknown as Prisma.InputJsonValue,
    },
  });
  await (await jobQueue()).send(IMPORT_BATCH_QUEUE, { taskId: task.id, teamId });
  return taskJson(task);
}

export async function getTask(teamId: string, taskId: string) {
  const task = await db().backgroundTask.findFirst({ where: { id: taskId, teamId } });
  if (!task) throw new NotFoundError();
  return taskJson(task);
}

export async function listRecentTasks(teamId: string, limit = 10) {
  const tasks = await db().backgroundTask.findMany({ where: { teamId }, orderBy: { createdAt: "desc" }, take: limit });
  return tasks.map(taskJson);
}

type Payload = { actor: Actor; articles: unknown[] };

/**
 * Worker side. Safe to run again after a crash: each article is its own transaction and
 * an article already imported (same text: content hash) is skipped, so a retried job
 * ends with exactly the same articles as an uninterrupted one.
 */
export async function runImportBatch(teamId: string, taskId: string) {
  const task = await db().backgroundTask.findFirst({ where: { id: taskId, teamId } });
  if (!task || task.status === "completed") return;
  const { actor, articles } = task.payload as unknown as Payload;
  await db().backgroundTask.update({ where: { id: task.id, teamId }, data: { status: "running", attempts: { increment: 1 } } });
  let done = 0;
  let failed = 0;
  const errors: Array<{ index: number; message: string }> = [];
  for (const [index, raw] of articles.entries()) {
    try {
      await importArticle(teamId, actor, articleImportSchema.parse(raw));
      done += 1;
    } catch (error) {
      if (error instanceof ConflictError) done += 1; // imported by an earlier attempt (or before)
      else {
        failed += 1;
        errors.push({ index, message: error instanceof Error ? error.message.split("\n")[0]! : String(error) });
      }
    }
    await db().backgroundTask.update({ where: { id: task.id, teamId }, data: { done, failed } });
  }
  await db().backgroundTask.update({
    where: { id: task.id, teamId },
    data: { status: failed > 0 ? "completed_with_errors" : "completed", result: { errors } as unknown as Prisma.InputJsonValue },
  });
}
