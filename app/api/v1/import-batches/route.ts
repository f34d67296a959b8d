import { apiRoute } from "@/lib/api/route";
import { createImportBatch } from "@/lib/services/tasks";
import { importBatchSchema } from "@/lib/validation/tasks";

/** Up to 500 articles imported by the background worker; follow GET /api/v1/tasks/{id}. */
export const POST = apiRoute({ role: "editor", body: importBatchSchema, status: 202 }, async ({ auth, body }) => {
  return { task: await createImportBatch(auth.teamId, auth.actor, body) };
});
