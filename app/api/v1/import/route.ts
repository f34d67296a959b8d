import { apiRoute } from "@/lib/api/route";
import { importExportFile } from "@/lib/services/json-import";
import { exportFileSchema, importQuerySchema } from "@/lib/validation/export";

/**
 * POST /api/v1/import: a claimdesk.claims file (GET /api/v1/export?format=json) into the
 * caller's team, all or nothing. Bodies are capped at 2 MiB like every JSON body; larger
 * files go through `npm run import-json`.
 */
export const POST = apiRoute({ role: "editor", body: exportFileSchema, query: importQuerySchema, status: 201 }, async ({ auth, body, query }) => {
  return { imported: await importExportFile(auth.teamId, auth.actor, body, { allowDuplicates: query.allowDuplicates }) };
});
