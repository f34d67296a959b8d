import "server-only";
import { db } from "@/lib/db";
import { AppError, ConflictError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { burnVerificationTime, hashPassword, verifyPassword } from "@/lib/auth/password";
import { beginLoginAttempt, loginSucceeded } from "@/lib/services/login-throttle";
import type { SignUpInput } from "@/lib/validation/auth";

/** Sign-up: the user, their first team, and their owner membership, all or nothing. */
export async function createUserWithTeam(input: SignUpInput, options: { demoTeam?: boolean } = {}) {
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) throw new ConflictError("errors.emailTaken");
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
    const team = await tx.team.create({ data: { name: input.teamName, isDemo: options.demoTeam ?? false } });
    await tx.membership.create({ data: { teamId: team.id, userId: user.id, role: "owner" } });
    return { user, team };
  });
}

/** Same answer and similar time for an unknown e-mail and a wrong password. */
export async function verifyCredentials(email: string, password: string) {
  const user = await db().user.findUnique({ where: { email }, omit: { passwordHash: false } });
  if (!user) {
    await burnVerificationTime(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

/**
 * A password check that counts against the account's sign-in limit (sign-in and password
 * change alike). The limit is checked before the password: a throttled guesser learns
 * nothing, not even whether the password was right; unknown e-mails are throttled alike.
 */
export async function checkPasswordThrottled(email: string, password: string, ip: string | null) {
  const attempt = await beginLoginAttempt(email, ip);
  if (!attempt.allowed) return { outcome: "throttled" } as const;
  const user = await verifyCredentials(email, password);
  if (!user) return { outcome: "wrong" } as const;
  await loginSucceeded(attempt);
  return { outcome: "ok", user } as const;
}

export function findUserByEmail(email: string) {
  return db().user.findUnique({ where: { email } });
}

export function getUserForSession(userId: string) {
  return db().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, sessionVersion: true, locale: true },
  });
}

/**
 * Old password required, and guessing it counts against the same per-account limit as
 * sign-in. Every session of the user ends (the version bump); the caller signs the
 * current browser in again with the new password.
 */
export async function changePassword(userId: string, currentPassword: string, newPassword: string) {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) throw new NotFoundError();
  const check = await checkPasswordThrottled(user.email, currentPassword, null);
  if (check.outcome === "throttled") throw new AppError("account.errors.throttled", 429, "throttled");
  if (check.outcome === "wrong") throw new RuleViolationError("account.errors.wrongPassword", "wrong_password");
  const passwordHash = await hashPassword(newPassword);
  const updated = await db().user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return { email: user.email, sessionVersion: updated.sessionVersion };
}

/** Every JWT carries the version it was issued with; a bump makes all of them stale. */
export async function signOutEverywhere(userId: string) {
  const updated = await db().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  return updated;
}
