import { randomUUID } from "node:crypto";
import { createUserWithTeam } from "@/lib/services/users";
import type { Actor } from "@/lib/services/audit";

/** Every test makes its own team: no global wipe, tests never see each other's rows. */
export async function createTestTeam(label = "Test") {
  const suffix = randomUUID().slice(0, 8);
  const { user, team } = await createUserWithTeam({
    name: `${label} editor ${suffix}`,
    email: `${label.toLowerCase()}-${suffix}@test.claimdesk.local`,
    password: "correct horse battery staple",
    teamName: `${label} team ${suffix}`,
  });
  const actor: Actor = { userId: user.id, label: user.name };
  return { user, team, teamId: team.id, actor };
}

/** A second person in a team, with the given role (and no team of their own). */
export async function addTestMember(teamId: string, role: "owner" | "editor" | "viewer", label = "Member") {
  const { db } = await import("@/lib/db");
  const suffix = randomUUID().slice(0, 8);
  const user = await db().user.create({
    data: { email: `${label.toLowerCase()}-${suffix}@test.claimdesk.local`, name: `${label} ${suffix}`, passwordHash: "not-a-usable-hash" },
  });
  await db().membership.create({ data: { teamId, userId: user.id, role } });
  const actor: Actor = { userId: user.id, label: user.name };
  return { user, userId: user.id, actor };
}
