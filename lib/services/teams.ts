import "server-only";
import type { Role } from "@/lib/auth/roles";
import { ROLES } from "@/lib/auth/roles";
import { db, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { recordAudit, recordAuditMany, type Actor } from "@/lib/services/audit";

export function listMembershipsOfUser(userId: string) {
  return db().membership.findMany({
    where: { userId },
    select: { role: true, team: { select: { id: true, name: true, isDemo: true } } },
    orderBy: { createdAt: "asc" },
  });
}

export function getMembership(teamId: string, userId: string) {
  return db().membership.findUnique({
    where: { teamId_userId: { teamId, userId } },
    select: { role: true, team: { select: { id: true, name: true } } },
  });
}

export async function getTeam(teamId: string) {
  const team = await db().team.findFirst({ where: { id: teamId }, select: { id: true, name: true, isDemo: true, publicationBaseUrl: true, createdAt: true } });
  if (!team) throw new NotFoundError();
  return team;
}

export function listMembers(teamId: string) {
  return db()
    .membership.findMany({
      where: { teamId },
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    })
    .then((rows) => rows.map((row) => ({ userId: row.user.id, name: row.user.name, email: row.user.email, role: row.role, joinedAt: row.createdAt })));
}

/**
 * Membership changes of one team run one at a time: the team row is locked first, so
 * two owners demoting each other at once cannot leave the team without an owner.
 */
async function lockTeam(tx: Tx, teamId: string) {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Team" WHERE id = ${teamId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError();
}

async function findMember(tx: Tx, teamId: string, userId: string) {
  const membership = await tx.membership.findFirst({ where: { teamId, userId }, select: { id: true, role: true } });
  if (!membership) throw new NotFoundError();
  return membership;
}

async function assertAnotherOwner(tx: Tx, teamId: string, userId: string) {
  const others = await tx.membership.count({ where: { teamId, role: "owner", userId: { not: userId } } });
  if (others === 0) throw new RuleViolationError("team.errors.lastOwner", "last_owner");
}

/**
 * Someone who loses a role must not keep it through secrets they have seen: the API
 * tokens and pending invitation links they created above their new role (all of them
 * when they leave) stop working, in the same transaction.
 */
async function revokeCredentialsAbove(tx: Tx, teamId: string, actor: Actor, userId: string, newRole: Role | null) {
  const above = ROLES.filter((role) => newRole === null || ROLES.indexOf(role) > ROLES.indexOf(newRole));
  if (above.length === 0) return;
  const tokens = await tx.apiToken.findMany({ where: { teamId, createdById: userId, revokedAt: null, role: { in: above } }, select: { id: true, name: true } });
  if (tokens.length > 0) {
    await tx.apiToken.updateMany({ where: { teamId, id: { in: tokens.map((t) => t.id) } }, data: { revokedAt: new Date() } });
  }
  const invitations = await tx.invitation.findMany({ where: { teamId, createdById: userId, acceptedAt: null, role: { in: above } }, select: { id: true } });
  if (invitations.length > 0) await tx.invitation.deleteMany({ where: { teamId, id: { in: invitations.map((i) => i.id) } } });
  await recordAuditMany(tx, tokens.map((token) => ({ teamId, actor, entityType: "api_token", entityId: token.id, action: "revoke", after: { reason: "creator_lost_role", name: token.name } })));
  if (invitations.length > 0) {
    await recordAudit(tx, { teamId, actor, entityType: "team", entityId: teamId, action: "invitations_revoke", after: { reason: "creator_lost_role", invitationIds: invitations.map((i) => i.id) } });
  }
}

/** "Create another team": the user becomes its owner. */
export async function createTeam(userId: string, actor: Actor, name: string) {
  return db().$transaction(async (tx) => {
    const team = await tx.team.create({ data: { name }, select: { id: true, name: true } });
    await tx.membership.create({ data: { teamId: team.id, userId, role: "owner" } });
    await recordAudit(tx, { teamId: team.id, actor, entityType: "team", entityId: team.id, action: "create", after: { name } });
    return team;
  });
}

export async function renameTeam(teamId: string, actor: Actor, name: string) {
  return db().$transaction(async (tx) => {
    await lockTeam(tx, teamId);
    const before = await tx.team.findFirst({ where: { id: teamId }, select: { name: true } });
    const team = await tx.team.update({ where: { id: teamId }, data: { name }, select: { id: true, name: true } });
    await recordAudit(tx, { teamId, actor, entityType: "team", entityId: teamId, action: "rename", before: { name: before?.name ?? null }, after: { name } });
    return team;
  });
}

export async function changeMemberRole(teamId: string, actor: Actor, userId: string, role: Role) {
  return db().$transaction(async (tx) => {
    await lockTeam(tx, teamId);
    const membership = await findMember(tx, teamId, userId);
    if (membership.role === role) return { userId, role };
    if (membership.role === "owner") await assertAnotherOwner(tx, teamId, userId);
    await tx.membership.updateMany({ where: { id: membership.id, teamId }, data: { role } });
    await revokeCredentialsAbove(tx, teamId, actor, userId, role);
    await recordAudit(tx, { teamId, actor, entityType: "membership", entityId: membership.id, action: "role_change", before: { userId, role: membership.role }, after: { userId, role } });
    return { userId, role };
  });
}

/** An owner removing someone, or (actor = the member) someone leaving. */
export async function removeMember(teamId: string, actor: Actor, userId: string) {
  return db().$transaction(async (tx) => {
    await lockTeam(tx, teamId);
    const membership = await findMember(tx, teamId, userId);
    if (membership.role === "owner") await assertAnotherOwner(tx, teamId, userId);
    await tx.membership.deleteMany({ where: { id: membership.id, teamId } });
    await revokeCredentialsAbove(tx, teamId, actor, userId, null);
    const action = actor.userId === userId ? "leave" : "remove";
    await recordAudit(tx, { teamId, actor, entityType: "membership", entityId: membership.id, action, before: { userId, role: membership.role } });
    return { userId };
  });
}

/** The new owner is promoted and the current one steps down to editor, atomically. */
export async function transferOwnership(teamId: string, actor: Actor, fromUserId: string, toUserId: string) {
  if (fromUserId === toUserId) throw new ConflictError("team.errors.transferToSelf");
  return db().$transaction(async (tx) => {
    await lockTeam(tx, teamId);
    const from = await findMember(tx, teamId, fromUserId);
    const to = await findMember(tx, teamId, toUserId);
    if (from.role !== "owner") throw new RuleViolationError("team.errors.notOwner", "not_owner");
    await tx.membership.updateMany({ where: { id: to.id, teamId }, data: { role: "owner" } });
    await tx.membership.updateMany({ where: { id: from.id, teamId }, data: { role: "editor" } });
    await revokeCredentialsAbove(tx, teamId, actor, fromUserId, "editor");
    await recordAudit(tx, { teamId, actor, entityType: "membership", entityId: to.id, action: "role_change", before: { userId: toUserId, role: to.role }, after: { userId: toUserId, role: "owner", transfer: true } });
    await recordAudit(tx, { teamId, actor, entityType: "membership", entityId: from.id, action: "role_change", before: { userId: fromUserId, role: "owner" }, after: { userId: fromUserId, role: "editor", transfer: true } });
    return { from: fromUserId, to: toUserId };
  });
}
