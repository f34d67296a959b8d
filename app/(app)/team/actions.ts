"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { teamAction } from "@/lib/actions/team-action";
import { createApiToken, revokeApiToken } from "@/lib/services/api-tokens";
import { requestLocale } from "@/lib/i18n/request";
import { createAndSendInvitation } from "@/lib/services/invitation-email";
import { revokeInvitation } from "@/lib/services/invitations";
import { changeMemberRole, removeMember, renameTeam, transferOwnership } from "@/lib/services/teams";
import { idInputSchema, invitationCreateSchema, memberRoleSchema, memberSchema, teamNameInputSchema, tokenCreateSchema } from "@/lib/validation/team";

const refresh = () => revalidatePath("/", "layout");

export const renameTeamAction = teamAction({ role: "owner", schema: teamNameInputSchema }, async ({ name }, { teamId, actor }) => {
  const team = await renameTeam(teamId, actor, name);
  refresh();
  return { name: team.name };
});

export const changeRoleAction = teamAction({ role: "owner", schema: memberRoleSchema }, async ({ userId, role }, { teamId, actor }) => {
  const result = await changeMemberRole(teamId, actor, userId, role);
  refresh();
  return result;
});

export const removeMemberAction = teamAction({ role: "owner", schema: memberSchema }, async ({ userId }, { teamId, actor }) => {
  const result = await removeMember(teamId, actor, userId);
  refresh();
  return result;
});

export const transferOwnershipAction = teamAction({ role: "owner", schema: memberSchema }, async ({ userId }, { teamId, actor, userId: me }) => {
  const result = await transferOwnership(teamId, actor, me, userId);
  refresh();
  return result;
});

/** Any member may leave; the last owner cannot (the service refuses). */
export const leaveTeamAction = teamAction({ role: "viewer", schema: z.strictObject({}) }, async (_input, { teamId, actor, userId }) => {
  const result = await removeMember(teamId, actor, userId);
  refresh();
  return result;
});

export const createInvitationAction = teamAction({ role: "owner", schema: invitationCreateSchema }, async (input, { teamId, actor }) => {
  // As the API's `url`: NEXTAUTH_URL when set, else the page's own origin.
  const baseUrl = process.env.NEXTAUTH_URL ?? (await headers()).get("origin") ?? "http://localhost:3000";
  const { invitation, path, emailed } = await createAndSendInvitation(teamId, actor, input, { locale: await requestLocale(), baseUrl });
  refresh();
  return { path, email: invitation.email, emailed };
});

export const revokeInvitationAction = teamAction({ role: "owner", schema: idInputSchema }, async ({ id }, { teamId, actor }) => {
  const result = await revokeInvitation(teamId, actor, id);
  refresh();
  return result;
});

export const createTokenAction = teamAction({ role: "owner", schema: tokenCreateSchema }, async (input, { teamId, actor }) => {
  const { token, secret } = await createApiToken(teamId, actor, input);
  refresh();
  return { secret, name: token.name };
});

export const revokeTokenAction = teamAction({ role: "owner", schema: idInputSchema }, async ({ id }, { teamId, actor }) => {
  await revokeApiToken(teamId, actor, id);
  refresh();
  return { id };
});
