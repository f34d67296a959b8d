import "server-only";
import { newSecret, sha256Hex } from "@/lib/auth/secrets";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { accountableUser, recordAudit, type Actor } from "@/lib/services/audit";
import type { TokenCreateInput } from "@/lib/validation/team";

/** Tokens start with this, so leaked ones are easy to spot (secret scanners, logs). */
export const API_TOKEN_PREFIX = "cdk_";
const DAY_MS = 24 * 60 * 60 * 1000;

export function hashApiToken(raw: string): string {
  return sha256Hex(raw);
}

/** Bearer token → the team and role it acts as; null when unknown, revoked or expired. */
export async function authenticateApiToken(raw: string) {
  if (raw.length === 0 || raw.length > 200) return null;
  const token = await db().apiToken.findUnique({
    where: { tokenHash: hashApiToken(raw) },
    select: { id: true, teamId: true, role: true, name: true, expiresAt: true, revokedAt: true, createdById: true },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt < new Date())) return null;
  // Last-used time is informative; one write a minute at most keeps reads cheap.
  await db().apiToken.updateMany({
    where: { id: token.id, teamId: token.teamId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(Date.now() - 60_000) } }] },
    data: { lastUsedAt: new Date() },
  });
  return token;
}

export type ApiTokenStatus = "active" | "expired" | "revoked";

const PUBLIC_FIELDS = { id: true, name: true, role: true, prefix: true, expiresAt: true, lastUsedAt: true, revokedAt: true, createdAt: true } as const;

function withStatus<T extends { revokedAt: Date | null; expiresAt: Date | null }>(token: T, now = new Date()) {
  const status: ApiTokenStatus = token.revokedAt ? "revoked" : token.expiresAt && token.expiresAt < now ? "expired" : "active";
  return { ...token, status };
}

/**
 * The secret is in the answer once and never again: only its hash is stored.
 * `createdById` is the person answerable for it: a token made with another token belongs
 * to that token's creator, so removing them revokes the whole chain (teams.ts).
 */
export async function createApiToken(teamId: string, actor: Actor, input: TokenCreateInput) {
  const createdById = accountableUser(actor);
  const secret = newSecret(API_TOKEN_PREFIX);
  const token = await db().$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        teamId,
        name: input.name,
        role: input.role,
        tokenHash: hashApiToken(secret),
        prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
        expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null,
        createdById,
      },
      select: PUBLIC_FIELDS,
    });
    await recordAudit(tx, { teamId, actor, entityType: "api_token", entityId: created.id, action: "create", after: { name: created.name, role: created.role } });
    return created;
  });
  return { token: withStatus(token), secret };
}

export async function listApiTokens(teamId: string) {
  const tokens = await db().apiToken.findMany({ where: { teamId }, select: PUBLIC_FIELDS, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 200 });
  const now = new Date();
  return tokens.map((token) => withStatus(token, now));
}

/** Idempotent: revoking a revoked token keeps its first revocation time. */
export async function revokeApiToken(teamId: string, actor: Actor, tokenId: string) {
  return db().$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, teamId }, select: { id: true, name: true, revokedAt: true } });
    if (!token) throw new NotFoundError();
    if (!token.revokedAt) {
      await tx.apiToken.updateMany({ where: { id: token.id, teamId, revokedAt: null }, data: { revokedAt: new Date() } });
      await recordAudit(tx, { teamId, actor, entityType: "api_token", entityId: token.id, action: "revoke", after: { name: token.name } });
    }
    return withStatus(await tx.apiToken.findFirstOrThrow({ where: { id: token.id, teamId }, select: PUBLIC_FIELDS }));
  });
}
