"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction, userAction } from "@/lib/actions/team-action";
import { setActiveTeam } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors";
import { createTeam } from "@/lib/services/teams";
import { teamNameInputSchema } from "@/lib/validation/team";

export const switchTeamAction = teamAction({ role: "viewer", schema: z.string().min(1).max(64) }, async (teamId, context) => {
  // Only a team the user belongs to can become active; any other id is "not found".
  if (!context.teams.some((team) => team.id === teamId)) throw new NotFoundError();
  await setActiveTeam(teamId);
  return teamId;
});

/** "Create another team" (also offered to a user who belongs to no team any more). */
export const createTeamAction = userAction(teamNameInputSchema, async ({ name }, user) => {
  const team = await createTeam(user.id, { userId: user.id, label: user.name }, name);
  await setActiveTeam(team.id);
  revalidatePath("/", "layout");
  return team;
});
