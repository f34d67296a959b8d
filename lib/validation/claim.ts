import { z } from "zod";
import { idSchema } from "@/lib/validation/article";

export const claimParamsSchema = z.object({ id: idSchema });

export const claimTextSchema = z.strictObject({
  claimId: idSchema,
  text: z
    .string()
    .trim()
    .min(1, { error: "validation.claimTextRequired" })
    .max(5000, { error: "validation.claimTextTooLong" }),
});

/** `at` is an offset into the article's stored text, strictly inside the claim's span. */
export const splitClaimSchema = z.strictObject({ claimId: idSchema, at: z.int().nonnegative() });

export const mergeClaimsSchema = z.strictObject({ claimIds: z.tuple([idSchema, idSchema]) });

export const claimIdSchema = z.strictObject({ claimId: idSchema });

export const createClaimSchema = z
  .strictObject({ articleId: idSchema, start: z.int().nonnegative(), end: z.int().positive() })
  .refine((value) => value.end > value.start, { error: "validation.spanEmpty", path: ["end"] });

export const toggleBoilerplateSchema = z.strictObject({ spanId: idSchema, included: z.boolean() });

export const matchesQuerySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(10) });

export const linkSchema = z.strictObject({ otherClaimId: idSchema, relation: z.enum(["same", "contradicts"]) });
export const otherClaimSchema = z.strictObject({ otherClaimId: idSchema });

export const matrixQuerySchema = z.strictObject({
  minSources: z.coerce.number().int().min(1).max(50).default(2),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(300),
});
