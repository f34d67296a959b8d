import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { newSecret, sha256Hex } from "@/lib/auth/secrets";
import { db, type Tx } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { accountableUser, recordAudit, type Actor } from "@/lib/services/audit";
import type { InvitationSignUpInput } from "@/lib/validation/auth";
import type { InvitationCreateInput } from "@/lib/validation/team";

const DAY_MS = 24 * 60 * 60 * 1000;

export type InvitationStatus = "pending" | "expired" | "accepted";

function statusOf(invitation: { acceptedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  return invitation.expiresAt <= now ? "expired" : "pending";
}

/** The link's secret is returned once; the database keeps only its hash. `createdById`: as for API tokens. */
export async function createInvitation(teamId: string, actor: Actor, input: InvitationCreateInput) {
  const createdById = accountableUser(actor);
  const token = newSecret();
  const invitation = await db().$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: {
        teamId,
        role: input.role,
        email: input.email ?? null,
        tokenHash: sha256Hex(token),
        expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
        createdById,
      },
      select: { id: true, role: true, email: true, expiresAt: true, createdAt: true },
    });
    await recordAudit(tx, { teamId, actor, entityType: "team", entityId: teamId, action: "invite", after: { invitationId: created.id, role: created.role, email: created.email } });
    return created;
  });
  return { invitation, token, path: `/invite/${token}` };
}

/** Links not used yet (pending or expired), newest first; accepted ones show up as members. */
export async function listInvitations(teamId: string) {
  const rows = await db().invitation.findMany({
    where: { teamId, acceptedAt: null },
    select: { id: true, role: true, email: true, expiresAt: true, acceptedAt: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 100,
  });
  const now = new Date();
  return rows.map(({ acceptedAt, ...row }) => ({ ...row, status: statusOf({ acceptedAt, expiresAt: row.expiresAt }, now) }));
}

export async function revokeInvitation(teamId: string, actor: Actor, invitationId: string) {
  return db().$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({ where: { id: invitationId, teamId, acceptedAt: null }, select: { id: true, role: true, email: true } });
    if (!invitation) throw new NotFoundError();
    await tx.invitation.deleteMany({ where: { id: invitation.id, teamId } });
    await recordAudit(tx, { teamId, actor, entityType: "team", entityId: teamId, action: "invite_revoke", before: { invitationId: invitation.id, role: invitation.role, email: invitation.email } });
    return { id: invitation.id };
  });
}

/**
 * The invitation page's lookup. Not scoped by team on purpose: the secret in the link is
 * the credential (as an API token is), and only its hash is compared.
 */
export async function findInvitationByToken(token: string) {
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: { id: true, role: true, email: true, expiresAt: true, acceptedAt: true, team: { select: { id: true, name: true } } },
  });
  if (!invitation) return null;
  return { id: invitation.id, role: invitation.role, email: invitation.email, expiresAt: invitation.expiresAt, team: invitation.team, status: statusOf(invitation) };
}

async function claimInvitation(tx: Tx, token: string, user: { id: string; email: string }, actor: Actor) {
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: { id: true, teamId: true, role: true, email: true, expiresAt: true, acceptedAt: true },
  });
  if (!invitation) throw new NotFoundError("invite.errors.invalid");
  const now = new Date();
  const status = statusOf(invitation, now);
  if (status === "accepted") throw new ConflictError("invite.errors.used");
  if (status === "expired") throw new ConflictError("invite.errors.expired");
  if (invitation.email && invitation.email !== user.email) throw new ForbiddenError("invite.errors.otherEmail");
  const existing = await tx.membership.findFirst({ where: { teamId: invitation.teamId, userId: user.id }, select: { id: true } });
  if (existing) throw new ConflictError("invite.errors.alreadyMember", { teamId: invitation.teamId });
  // Single use even under concurrency: of two accepts of one link, the second updates no row.
  const claimed = await tx.invitation.updateMany({
    where: { id: invitation.id, teamId: invitation.teamId, acceptedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedBy: user.id },
  });
  if (claimed.count !== 1) throw new ConflictError("invite.errors.used");
  const membership = await tx.membership.create({ data: { teamId: invitation.teamId, userId: user.id, role: invitation.role }, select: { id: true } });
  await recordAudit(tx, {
    teamId: invitation.teamId,
    actor,
    entityType: "membership",
    entityId: membership.id,
    action: "join",
    after: { userId: user.id, role: invitation.role, invitationId: invitation.id },
  });
  return { teamId: invitation.teamId, role: invitation.role };
}

/** A signed-in user joins the invitation's team with the role set in advance. */
export async function acceptInvitation(token: string, user: { id: string; email: string; name: string }) {
  return db().$transaction((tx) => claimInvitation(tx, token, user, { userId: user.id, label: user.name }));
}

/** A new account created from the link: the user and their membership, all or nothing. */
export async function signUpWithInvitation(input: InvitationSignUpInput) {
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (taken) throw new ConflictError("errors.emailTaken");
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash }, select: { id: true, email: true, name: true } });
    const joined = await claimInvitation(tx, input.token, user, { userId: user.id, label: user.name });
    return { user, ...joined };
  });
}
