import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "validation.emailInvalid" }).max(254, { error: "validation.emailInvalid" }));

export const passwordSchema = z
  .string()
  .min(12, { error: "validation.passwordTooShort" })
  .max(200, { error: "validation.passwordTooLong" });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

export const signUpSchema = z.strictObject({
  name: z.string().trim().min(1, { error: "validation.nameRequired" }).max(100),
  email: emailSchema,
  password: passwordSchema,
  teamName: z.string().trim().min(1, { error: "validation.teamNameRequired" }).max(100),
});
export type SignUpInput = z.infer<typeof signUpSchema>;
