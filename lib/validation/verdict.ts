import { z } from "zod";
import { httpUrlSchema, idSchema } from "@/lib/validation/article";
import { EVIDENCE_KINDS, EVIDENCE_STANCES, VERDICT_STATUSES } from "@/lib/verdicts/rules";

export const verdictStatusSchema = z.enum(VERDICT_STATUSES, { error: "verdicts.validation.status" });

/** Optional free text: blank means absent (forms send "" for an empty field). */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .nullish()
    .transform((value) => value || undefined);

export const RATIONALE_MAX = 2000;
export const NOTE_MAX = 5000;

const rationaleSchema = z
  .string()
  .trim()
  .max(RATIONALE_MAX, { error: "verdicts.validation.rationaleTooLong" })
  .nullish()
  .transform((value) => value || null);

/**
 * One piece of evidence: a link (url required), another claim of the team
 * (linkedClaimId required) or a free Markdown note (note required).
 */
export const evidenceInputSchema = z
  .strictObject({
    kind: z.enum(EVIDENCE_KINDS, { error: "verdicts.validation.kind" }),
    stance: z.enum(EVIDENCE_STANCES, { error: "verdicts.validation.stance" }).default("supports"),
    url: httpUrlSchema
      .nullish()
      .or(z.literal("").transform(() => undefined))
      .transform((value) => value || undefined),
    title: optionalText(300, "verdicts.validation.titleTooLong"),
    outlet: optionalText(200, "verdicts.validation.outletTooLong"),
    note: optionalText(NOTE_MAX, "verdicts.validation.noteTooLong"),
    linkedClaimId: idSchema.nullish().transform((value) => value || undefined),
  })
  .superRefine((evidence, ctx) => {
    if (evidence.kind === "link" && !evidence.url) ctx.addIssue({ code: "custom", path: ["url"], message: "verdicts.validation.urlRequired" });
    if (evidence.kind === "claim" && !evidence.linkedClaimId) ctx.addIssue({ code: "custom", path: ["linkedClaimId"], message: "verdicts.validation.linkedClaimRequired" });
    if (evidence.kind !== "claim" && evidence.linkedClaimId) ctx.addIssue({ code: "custom", path: ["linkedClaimId"], message: "verdicts.validation.linkedClaimOnlyForClaim" });
    if (evidence.kind === "note" && !evidence.note) ctx.addIssue({ code: "custom", path: ["note"], message: "verdicts.validation.noteRequired" });
  });
export type EvidenceInput = z.output<typeof evidenceInputSchema>;

const versionSchema = z.int({ error: "verdicts.validation.version" }).min(0, { error: "verdicts.validation.version" });

/** PUT /api/v1/claims/{id}/verdict. `groupId`, when sent, must still be the claim's group. */
export const setVerdictSchema = z.strictObject({
  status: verdictStatusSchema,
  rationale: rationaleSchema,
  evidence: z.array(evidenceInputSchema).max(20, { error: "verdicts.validation.tooMuchEvidence" }).default([]),
  version: versionSchema,
  groupId: idSchema.optional(),
});
export type SetVerdictInput = z.output<typeof setVerdictSchema>;

export const setVerdictActionSchema = setVerdictSchema.extend({ claimId: idSchema });

export const addEvidenceActionSchema = z.strictObject({ claimId: idSchema, groupId: idSchema.optional(), version: versionSchema, evidence: evidenceInputSchema });

export const removeEvidenceActionSchema = z.strictObject({ claimId: idSchema, groupId: idSchema.optional(), version: versionSchema, evidenceId: idSchema });

export const assignClaimActionSchema = z.strictObject({ claimId: idSchema, assigneeId: idSchema.nullable() });

/** Query parameters arrive as strings; an empty one (a form's "any") means absent. */
const withoutBlanks = (value: unknown) =>
  typeof value === "object" && value !== null ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== "")) : value;

export const QUEUE_PAGE_MAX = 200;

/** GET /api/v1/claims and the /queue page's filters. */
export const queueQuerySchema = z.preprocess(
  withoutBlanks,
  z.strictObject({
    status: verdictStatusSchema.optional(),
    articleId: idSchema.optional(),
    outlet: z.string().trim().min(1).max(200).optional(),
    assignee: z.union([z.literal("me"), z.literal("none"), idSchema]).optional(),
    minCheckworthiness: z.coerce.number().min(0).max(1).optional(),
    from: z.iso.date({ error: "validation.dateInvalid" }).optional(),
    to: z.iso.date({ error: "validation.dateInvalid" }).optional(),
    limit: z.coerce.number().int().min(1).max(QUEUE_PAGE_MAX).default(50),
    cursor: z.string().max(1000).optional(),
  }),
);
export type QueueQuery = z.output<typeof queueQuerySchema>;

export const historyQuerySchema = z.preprocess(
  withoutBlanks,
  z.strictObject({
    limit: z.coerce.number().int().min(1).max(500).default(200),
    cursor: z.string().max(1000).optional(),
  }),
);
