import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";

export function hashApiToken(raw: string): string {
  return createHash("sha256").update(raw).digest("hex");
}

/** Bearer token → the team and role it acts as; null when unknown, revoked or expired. */
export async function authenticateApiToken(raw: string) {
  const token = await db().apiToken.findUnique({
    where: { tokenHash: hashApiToken(raw) },
    select: { id: true, teamId: true, role: true, name: true, expiresAt: true, revokedAt: true },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt < new Date())) return null;
  // Last-used time is informative; one write a minute at most keeps reads cheap.
  await db().apiToken.updateMany({
    where: { id: token.id, teamId: token.teamId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(Date.now() - 60_000) } }] },
    data: { lastUsedAt: new Date() },
  });
  return token;
}
