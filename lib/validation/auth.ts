import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "validation.emailInvalid" }).max(254, { error: "validation.emailInvalid" }));

export const passwordSchema = z
  .string()
  .min(12, { error: "validation.passwordTooShort" })
  .max(200, { error: "validation.passwordTooLong" })
  .refine((password) => password.length < 12 || !isCommonPassword(password), { error: "account.validation.passwordCommon" });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

const nameSchema = z.string().trim().min(1, { error: "validation.nameRequired" }).max(100);

export const signUpSchema = z.strictObject({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  teamName: z.string().trim().min(1, { error: "validation.teamNameRequired" }).max(100),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

/** Invitation links carry 43 base64url characters; anything else cannot be one. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: "invite.errors.invalid" });

/** Sign-up from an invitation link: no team of one's own, the invitation's team instead. */
export const invitationSignUpSchema = z.strictObject({
  token: invitationTokenSchema,
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type InvitationSignUpInput = z.infer<typeof invitationSignUpSchema>;

export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1, { error: "account.validation.currentPasswordRequired" }).max(200),
    newPassword: passwordSchema,
  })
  .refine((value) => value.newPassword !== value.currentPassword, { error: "account.validation.passwordUnchanged", path: ["newPassword"] });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
