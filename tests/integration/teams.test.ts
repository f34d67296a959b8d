import { describe, expect, it } from "vitest";
import { sha256Hex } from "@/lib/auth/secrets";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from "@/lib/services/api-tokens";
import { acceptInvitation, createInvitation, findInvitationByToken, listInvitations, revokeInvitation, signUpWithInvitation } from "@/lib/services/invitations";
import { beginLoginAttempt, countRecentFailures, LOGIN_FAILURE_LIMIT, loginSucceeded } from "@/lib/services/login-throttle";
import { changeMemberRole, createTeam, listMembers, listMembershipsOfUser, removeMember, renameTeam, transferOwnership } from "@/lib/services/teams";
import { changePassword, signOutEverywhere, verifyCredentials } from "@/lib/services/users";
import { addTestMember, createTestTeam } from "../support/fixtures";

const invite = (role: "owner" | "editor" | "viewer", extra: { email?: string; expiresInDays?: number } = {}) => ({ role, expiresInDays: 7, ...extra });
const auditActions = async (teamId: string) => (await db().auditEvent.findMany({ where: { teamId }, orderBy: { at: "asc" } })).map((e) => `${e.entityType}:${e.action}`);

describe("teams", () => {
  it("creates another team owned by its creator, and renames it", async () => {
    const { user, actor, teamId } = await createTestTeam("Multi");
    const second = await createTeam(user.id, actor, "Desk Politique");
    const memberships = await listMembershipsOfUser(user.id);
    expect(memberships.map((m) => [m.team.id, m.role])).toEqual([[teamId, "owner"], [second.id, "owner"]]);
    await renameTeam(second.id, actor, "Desk Éco");
    expect((await db().team.findUniqueOrThrow({ where: { id: second.id } })).name).toBe("Desk Éco");
    expect(await auditActions(second.id)).toEqual(["team:create", "team:rename"]);
    expect(await auditActions(teamId)).toEqual([]);
  });

  it("never lets the last owner leave or be demoted, and transfers ownership atomically", async () => {
    const { teamId, user, actor } = await createTestTeam("Owner");
    const editor = await addTestMember(teamId, "editor");
    await expect(changeMemberRole(teamId, actor, user.id, "editor")).rejects.toMatchObject({ constructor: RuleViolationError, message: "team.errors.lastOwner" });
    await expect(removeMember(teamId, actor, user.id)).rejects.toBeInstanceOf(RuleViolationError);
    await transferOwnership(teamId, actor, user.id, editor.userId);
    const roles = Object.fromEntries((await listMembers(teamId)).map((m) => [m.userId, m.role]));
    expect(roles).toEqual({ [user.id]: "editor", [editor.userId]: "owner" });
    // Now the former owner may leave; the new one is the last owner.
    await removeMember(teamId, { userId: user.id, label: user.name }, user.id);
    await expect(removeMember(teamId, editor.actor, editor.userId)).rejects.toBeInstanceOf(RuleViolationError);
    expect(await auditActions(teamId)).toEqual(["membership:role_change", "membership:role_change", "membership:leave"]);
  });

  it("keeps an owner when two owners demote each other at the same time", async () => {
    const { teamId, user, actor } = await createTestTeam("Race");
    const other = await addTestMember(teamId, "owner");
    const results = await Promise.allSettled([changeMemberRole(teamId, actor, other.userId, "viewer"), changeMemberRole(teamId, other.actor, user.id, "viewer")]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db().membership.count({ where: { teamId, role: "owner" } })).toBe(1);
  });

  it("treats another team's member as not found", async () => {
    const alpha = await createTestTeam("Alpha");
    const beta = await createTestTeam("Beta");
    const alphaEditor = await addTestMember(alpha.teamId, "editor");
    await expect(changeMemberRole(beta.teamId, beta.actor, alphaEditor.userId, "viewer")).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeMember(beta.teamId, beta.actor, alpha.user.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(transferOwnership(beta.teamId, beta.actor, beta.user.id, alphaEditor.userId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listMembers(alpha.teamId)).map((m) => m.role).sort()).toEqual(["editor", "owner"]);
    expect(await auditActions(alpha.teamId)).toEqual([]);
  });

  it("revokes what a member could still use after losing a role", async () => {
    const { teamId, actor } = await createTestTeam("Revoke");
    const coOwner = await addTestMember(teamId, "owner");
    const ownerToken = await createApiToken(teamId, coOwner.actor, { name: "owner script", role: "owner" });
    const viewerToken = await createApiToken(teamId, coOwner.actor, { name: "viewer script", role: "viewer" });
    const ownerLink = await createInvitation(teamId, coOwner.actor, invite("owner"));
    await changeMemberRole(teamId, actor, coOwner.userId, "editor");
    expect(await authenticateApiToken(ownerToken.secret)).toBeNull();
    expect(await authenticateApiToken(viewerToken.secret)).not.toBeNull();
    expect(await findInvitationByToken(ownerLink.token)).toBeNull();
    // A token minted through another token answers to the same person (the API passes
    // the calling token's creator): removing them revokes it too.
    const minted = await createApiToken(teamId, { userId: null, label: "token:viewer script", accountableUserId: coOwner.userId }, { name: "minted", role: "viewer" });
    await removeMember(teamId, actor, coOwner.userId);
    expect(await authenticateApiToken(viewerToken.secret)).toBeNull();
    expect(await authenticateApiToken(minted.secret)).toBeNull();
  });
});

describe("invitations", () => {
  it("stores only a hash, and joins the team once with the role set in advance", async () => {
    const { teamId, actor } = await createTestTeam("Invite");
    const joiner = await createTestTeam("Joiner");
    const { invitation, token, path } = await createInvitation(teamId, actor, invite("viewer"));
    expect(path).toBe(`/invite/${token}`);
    const row = await db().invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toBe(sha256Hex(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await findInvitationByToken(token))?.status).toBe("pending");

    await acceptInvitation(token, joiner.user);
    expect((await listMembers(teamId)).find((m) => m.userId === joiner.user.id)?.role).toBe("viewer");
    expect((await findInvitationByToken(token))?.status).toBe("accepted");
    const third = await createTestTeam("Third");
    await expect(acceptInvitation(token, third.user)).rejects.toMatchObject({ constructor: ConflictError, message: "invite.errors.used" });
    expect(await listInvitations(teamId)).toEqual([]);
    expect(await auditActions(teamId)).toEqual(["team:invite", "membership:join"]);
  });

  it("lets only one of two simultaneous accepts through", async () => {
    const { teamId, actor } = await createTestTeam("Once");
    const [a, b] = await Promise.all([createTestTeam("A"), createTestTeam("B")]);
    const { token } = await createInvitation(teamId, actor, invite("editor"));
    const results = await Promise.allSettled([acceptInvitation(token, a.user), acceptInvitation(token, b.user)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().membership.count({ where: { teamId } })).toBe(2);
  });

  it("refuses expired links, links for another e-mail, and members already in", async () => {
    const { teamId, actor, user } = await createTestTeam("Rules");
    const joiner = await createTestTeam("Late");
    const expired = await createInvitation(teamId, actor, invite("editor"));
    await db().invitation.update({ where: { id: expired.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptInvitation(expired.token, joiner.user)).rejects.toMatchObject({ message: "invite.errors.expired" });
    const addressed = await createInvitation(teamId, actor, invite("editor", { email: "someone-else@test.claimdesk.local" }));
    await expect(acceptInvitation(addressed.token, joiner.user)).rejects.toBeInstanceOf(ForbiddenError);
    const own = await createInvitation(teamId, actor, invite("viewer"));
    await expect(acceptInvitation(own.token, user)).rejects.toMatchObject({ message: "invite.errors.alreadyMember" });
    await expect(acceptInvitation("x".repeat(43), joiner.user)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().membership.count({ where: { teamId } })).toBe(1);
    expect((await listInvitations(teamId)).map((i) => i.status).sort()).toEqual(["expired", "pending", "pending"]);
  });

  it("signs a new user up into the team, all or nothing", async () => {
    const { teamId, actor } = await createTestTeam("Signup");
    const { token } = await createInvitation(teamId, actor, invite("editor"));
    const email = `new-${Date.now()}@test.claimdesk.local`;
    const input = { token, name: "New Reporter", email, password: "a sentence nobody else types" };
    await expect(signUpWithInvitation({ ...input, token: "y".repeat(43) })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().user.count({ where: { email } })).toBe(0);
    const { user } = await signUpWithInvitation(input);
    expect((await listMembershipsOfUser(user.id)).map((m) => [m.team.id, m.role])).toEqual([[teamId, "editor"]]);
    expect(await verifyCredentials(email, input.password)).toMatchObject({ id: user.id });
  });

  it("revokes a pending link, and only within its team", async () => {
    const alpha = await createTestTeam("Alpha");
    const beta = await createTestTeam("Beta");
    const { invitation, token } = await createInvitation(alpha.teamId, alpha.actor, invite("viewer"));
    await expect(revokeInvitation(beta.teamId, beta.actor, invitation.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await findInvitationByToken(token)).not.toBeNull();
    await revokeInvitation(alpha.teamId, alpha.actor, invitation.id);
    expect(await findInvitationByToken(token)).toBeNull();
    expect(await auditActions(alpha.teamId)).toEqual(["team:invite", "team:invite_revoke"]);
    expect(await auditActions(beta.teamId)).toEqual([]);
  });
});

describe("API tokens", () => {
  it("shows the secret once, stores its hash, authenticates with its role and records last use", async () => {
    const { teamId, actor } = await createTestTeam("Token");
    const { token, secret } = await createApiToken(teamId, actor, { name: "CI", role: "editor", expiresInDays: 30 });
    expect(secret).toMatch(/^cdk_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(sha256Hex(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(await authenticateApiToken(secret)).toMatchObject({ teamId, role: "editor" });
    expect((await listApiTokens(teamId))[0]).toMatchObject({ id: token.id, status: "active", lastUsedAt: expect.any(Date) });
    expect(await authenticateApiToken(`${secret}x`)).toBeNull();
    expect(await auditActions(teamId)).toEqual(["api_token:create"]);
  });

  it("stops working once revoked or expired; another team cannot revoke it", async () => {
    const alpha = await createTestTeam("Alpha");
    const beta = await createTestTeam("Beta");
    const { token, secret } = await createApiToken(alpha.teamId, alpha.actor, { name: "nightly", role: "viewer" });
    await expect(revokeApiToken(beta.teamId, beta.actor, token.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await authenticateApiToken(secret)).not.toBeNull();
    expect(await listApiTokens(beta.teamId)).toEqual([]);
    const revoked = await revokeApiToken(alpha.teamId, alpha.actor, token.id);
    expect(revoked.status).toBe("revoked");
    expect(await authenticateApiToken(secret)).toBeNull();
    // Idempotent: a second revocation neither fails nor writes another audit event.
    await revokeApiToken(alpha.teamId, alpha.actor, token.id);
    expect(await auditActions(alpha.teamId)).toEqual(["api_token:create", "api_token:revoke"]);

    const expiring = await createApiToken(alpha.teamId, alpha.actor, { name: "short", role: "viewer", expiresInDays: 1 });
    await db().apiToken.update({ where: { id: expiring.token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await authenticateApiToken(expiring.secret)).toBeNull();
  });
});

describe("accounts and sign-in throttling", () => {
  it("allows ten failures a minute per account, then refuses; a success forgives", async () => {
    const email = `throttle-${Date.now()}@test.claimdesk.local`;
    for (let i = 0; i < LOGIN_FAILURE_LIMIT; i++) expect((await beginLoginAttempt(email, null)).allowed).toBe(true);
    expect((await beginLoginAttempt(email, null)).allowed).toBe(false);
    // A minute later the window has moved on.
    const later = new Date(Date.now() + 61_000);
    const attempt = await beginLoginAttempt(email, null, later);
    expect(attempt.allowed).toBe(true);
    await loginSucceeded(attempt);
    expect(await countRecentFailures(`email:${email}`, later)).toBe(0);
  });

  it("counts per address across accounts, and concurrent attempts see each other", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}-${Date.now()}`;
    const attempts = await Promise.all(Array.from({ length: LOGIN_FAILURE_LIMIT + 3 }, (_, i) => beginLoginAttempt(`ip-${i}-${Date.now()}@test.claimdesk.local`, ip)));
    expect(attempts.filter((a) => a.allowed).length).toBeLessThanOrEqual(LOGIN_FAILURE_LIMIT);
    expect((await beginLoginAttempt(`fresh-${Date.now()}@test.claimdesk.local`, ip)).allowed).toBe(false);
    expect((await beginLoginAttempt(`fresh-${Date.now()}@test.claimdesk.local`, `${ip}-other`)).allowed).toBe(true);
  });

  it("changes a password only with the old one, and ends every session", async () => {
    const { user } = await createTestTeam("Password");
    const before = (await db().user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion;
    await expect(changePassword(user.id, "not my password at all", "a brand new passphrase")).rejects.toMatchObject({ message: "account.errors.wrongPassword" });
    await changePassword(user.id, "correct horse battery staple", "a brand new passphrase");
    expect(await verifyCredentials(user.email, "correct horse battery staple")).toBeNull();
    expect(await verifyCredentials(user.email, "a brand new passphrase")).toMatchObject({ sessionVersion: before + 1 });
    expect((await signOutEverywhere(user.id)).sessionVersion).toBe(before + 2);
  });
});
