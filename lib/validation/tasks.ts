import { z } from "zod";
import { articleImportSchema, idSchema } from "@/lib/validation/article";

export const IMPORT_BATCH_MAX = 500;

export const importBatchSchema = z.strictObject({
  articles: z.array(articleImportSchema.omit({ allowDuplicate: true })).min(1).max(IMPORT_BATCH_MAX, { error: "validation.batchTooLarge" }),
});
export type ImportBatchInput = z.output<typeof importBatchSchema>;

export const taskParamsSchema = z.object({ id: idSchema });
