"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { teamAction } from "@/lib/actions/team-action";
import { ACTIVE_TEAM_COOKIE } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors";

export const switchTeamAction = teamAction({ role: "viewer", schema: z.string().min(1).max(64) }, async (teamId, context) => {
  // Only a team the user belongs to can become active; any other id is "not found".
  if (!context.teams.some((team) => team.id === teamId)) throw new NotFoundError();
  (await cookies()).set(ACTIVE_TEAM_COOKIE, teamId, { path: "/", httpOnly: true, sameSite: "lax", maxAge: 365 * 24 * 60 * 60 });
  return teamId;
});
