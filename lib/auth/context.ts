import "server-only";
import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { roleAllows, type Role } from "@/lib/auth/roles";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { getUserForSession } from "@/lib/services/users";
import { listMembershipsOfUser } from "@/lib/services/teams";
import type { Actor } from "@/lib/services/audit";

export const ACTIVE_TEAM_COOKIE = "claimdesk-team";

export type TeamContext = {
  userId: string;
  userName: string;
  email: string;
  teamId: string;
  teamName: string;
  role: Role;
  teams: Array<{ id: string; name: string; role: Role }>;
  actor: Actor;
};

/** The signed-in user of this request, or null (expired, signed out everywhere…). */
export async function currentUser() {
  const session = await getServerSession(authOptions);
  const sessionUser = session?.user as { id?: string; sessionVersion?: number } | undefined;
  if (!sessionUser?.id) return null;
  const user = await getUserForSession(sessionUser.id);
  // "Sign out everywhere" bumps the version: older sessions stop working at once.
  if (!user || (sessionUser.sessionVersion ?? 0) !== user.sessionVersion) return null;
  return user;
}

/** Session → user → membership of the active team (cookie, else the first team). */
export async function teamContextFromSession(): Promise<TeamContext | null> {
  const user = await currentUser();
  if (!user) return null;
  const memberships = await listMembershipsOfUser(user.id);
  if (memberships.length === 0) return null;
  const wanted = (await cookies()).get(ACTIVE_TEAM_COOKIE)?.value;
  const active = memberships.find((m) => m.team.id === wanted) ?? memberships[0]!;
  return {
    userId: user.id,
    userName: user.name,
    email: user.email,
    teamId: active.team.id,
    teamName: active.team.name,
    role: active.role,
    teams: memberships.map((m) => ({ id: m.team.id, name: m.team.name, role: m.role })),
    actor: { userId: user.id, label: user.name },
  };
}

export function assertRole(context: { role: Role }, minimum: Role) {
  if (!roleAllows(context.role, minimum)) throw new ForbiddenError();
}

/** For pages and actions that need a signed-in user but no team (account, invitations). */
export async function requireUser() {
  const user = await currentUser();
  if (!user) throw new UnauthorizedError();
  return user;
}

/** Makes a team the active one of this browser; callers check the membership first. */
export async function setActiveTeam(teamId: string) {
  (await cookies()).set(ACTIVE_TEAM_COOKIE, teamId, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    maxAge: 365 * 24 * 60 * 60,
  });
}

export async function requireTeamContext(minimum: Role = "viewer"): Promise<TeamContext> {
  const context = await teamContextFromSession();
  if (!context) throw new UnauthorizedError();
  assertRole(context, minimum);
  return context;
}
