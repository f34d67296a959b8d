"use server";
import { publicAction, userAction } from "@/lib/actions/team-action";
import { setActiveTeam } from "@/lib/auth/context";
import { acceptInvitation, signUpWithInvitation } from "@/lib/services/invitations";
import { invitationSignUpSchema, invitationTokenSchema } from "@/lib/validation/auth";
import { z } from "zod";

/** A signed-in user joins; the joined team becomes their active one. */
export const acceptInvitationAction = userAction(z.strictObject({ token: invitationTokenSchema }), async ({ token }, user) => {
  const joined = await acceptInvitation(token, user);
  await setActiveTeam(joined.teamId);
  return joined;
});

/** A new account from the link; the form then signs in with the same password. */
export const signUpWithInvitationAction = publicAction(invitationSignUpSchema, async (input) => {
  const { user, teamId } = await signUpWithInvitation(input);
  await setActiveTeam(teamId);
  return { userId: user.id, teamId };
});
