"use server";
import { publicAction } from "@/lib/actions/team-action";
import { createUserWithTeam } from "@/lib/services/users";
import { signUpSchema } from "@/lib/validation/auth";

export const signUpAction = publicAction(signUpSchema, async (input) => {
  const { user, team } = await createUserWithTeam(input);
  return { userId: user.id, teamId: team.id };
});
