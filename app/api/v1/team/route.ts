import { apiRoute } from "@/lib/api/route";
import { getTeam, listMembers, renameTeam } from "@/lib/services/teams";
import { teamNameInputSchema } from "@/lib/validation/team";

const memberJson = (m: Awaited<ReturnType<typeof listMembers>>[number]) => ({ ...m, joinedAt: m.joinedAt.toISOString() });

export const GET = apiRoute({}, async ({ auth }) => {
  const [team, members] = await Promise.all([getTeam(auth.teamId), listMembers(auth.teamId)]);
  return { team: { id: team.id, name: team.name, createdAt: team.createdAt.toISOString() }, role: auth.role, members: members.map(memberJson) };
});

export const PATCH = apiRoute({ role: "owner", body: teamNameInputSchema }, async ({ auth, body }) => {
  return { team: await renameTeam(auth.teamId, auth.actor, body.name) };
});
