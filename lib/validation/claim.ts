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
