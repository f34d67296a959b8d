import "server-only";
import { db } from "@/lib/db";

/** At most this many failed sign-ins per account and per client address in the window. */
export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_WINDOW_MS = 60_000;

export type LoginAttempt = { allowed: boolean; keys: string[]; ids: string[] };

function throttleKeys(email: string, ip: string | null): string[] {
  return [`email:${email.trim().toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])];
}

/**
 * Records the attempt first, then counts: parallel attempts (on any app instance, the
 * table is shared) each see the others, so a burst cannot slip more than the limit
 * through. The row stays as a failure unless loginSucceeded() removes it.
 */
export async function beginLoginAttempt(email: string, ip: string | null, now = new Date()): Promise<LoginAttempt> {
  const keys = throttleKeys(email, ip);
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const created = await db().$transaction(keys.map((key) => db().loginAttempt.create({ data: { key, at: now }, select: { id: true } })));
  const counts = await db().loginAttempt.groupBy({ by: ["key"], where: { key: { in: keys }, at: { gt: since } }, _count: { _all: true } });
  // Old rows of these keys are no longer needed: prune them while the index is warm.
  await db().loginAttempt.deleteMany({ where: { key: { in: keys }, at: { lte: new Date(now.getTime() - 24 * 60 * 60_000) } } });
  const allowed = counts.every((row) => row._count._all <= LOGIN_FAILURE_LIMIT);
  return { allowed, keys, ids: created.map((row) => row.id) };
}

/** A right password: this attempt was no failure, and the account's earlier failures are forgiven. */
export async function loginSucceeded(attempt: LoginAttempt): Promise<void> {
  const accountKey = attempt.keys[0]!;
  await db().loginAttempt.deleteMany({ where: { OR: [{ id: { in: attempt.ids } }, { key: accountKey }] } });
}

/** Failures in the current window, for tests and diagnostics. */
export function countRecentFailures(key: string, now = new Date()) {
  return db().loginAttempt.count({ where: { key, at: { gt: new Date(now.getTime() - LOGIN_WINDOW_MS) } } });
}
