"use server";
import { userAction } from "@/lib/actions/team-action";
import { changePassword, signOutEverywhere } from "@/lib/services/users";
import { changePasswordSchema } from "@/lib/validation/auth";
import { z } from "zod";

/** Ends every session, this one included: the form signs this browser in again with the new password. */
export const changePasswordAction = userAction(changePasswordSchema, async ({ currentPassword, newPassword }, user) => {
  const { email } = await changePassword(user.id, currentPassword, newPassword);
  return { email };
});

export const signOutEverywhereAction = userAction(z.strictObject({}), async (_input, user) => {
  await signOutEverywhere(user.id);
  return { ok: true };
});
