import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { idSchema } from "@/lib/validation/article";
import { emailSchema } from "@/lib/validation/auth";

export const roleSchema = z.enum(ROLES, { error: "team.validation.roleInvalid" });

export const teamNameSchema = z.string().trim().min(1, { error: "validation.teamNameRequired" }).max(100);
export const teamNameInputSchema = z.strictObject({ name: teamNameSchema });

/** Route params: members are addressed by user id, invitations and tokens by their own id. */
export const memberParamsSchema = z.object({ userId: idSchema });
export const idParamsSchema = z.object({ id: idSchema });

export const roleChangeSchema = z.strictObject({ role: roleSchema });
export const memberRoleSchema = z.strictObject({ userId: idSchema, role: roleSchema });
export const memberSchema = z.strictObject({ userId: idSchema });
export const idInputSchema = z.strictObject({ id: idSchema });

export const INVITATION_DEFAULT_DAYS = 7;
export const INVITATION_MAX_DAYS = 30;

export const invitationCreateSchema = z.strictObject({
  role: roleSchema,
  // Optional: when given, only the account with this e-mail can accept the link.
  email: emailSchema.optional().or(z.literal("").transform(() => undefined)),
  expiresInDays: z
    .int({ error: "team.validation.expiryInvalid" })
    .min(1, { error: "team.validation.expiryInvalid" })
    .max(INVITATION_MAX_DAYS, { error: "team.validation.expiryInvalid" })
    .default(INVITATION_DEFAULT_DAYS),
});
export type InvitationCreateInput = z.output<typeof invitationCreateSchema>;

/** The lifetimes (days) the token form offers, besides "never"; the API accepts any 1 to 3650. */
export const TOKEN_EXPIRY_CHOICES = [30, 90, 365] as const;

export const tokenCreateSchema = z.strictObject({
  name: z.string().trim().min(1, { error: "tokens.validation.nameRequired" }).max(100, { error: "tokens.validation.nameTooLong" }),
  role: roleSchema,
  // Omitted or null: the token works until revoked.
  expiresInDays: z
    .int({ error: "tokens.validation.expiryInvalid" })
    .min(1, { error: "tokens.validation.expiryInvalid" })
    .max(3650, { error: "tokens.validation.expiryInvalid" })
    .nullable()
    .optional(),
});
export type TokenCreateInput = z.output<typeof tokenCreateSchema>;
