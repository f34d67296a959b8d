import type { listApiTokens } from "@/lib/services/api-tokens";

type Token = Awaited<ReturnType<typeof listApiTokens>>[number];

export const tokenJson = (t: Token) => ({
  ...t,
  expiresAt: t.expiresAt?.toISOString() ?? null,
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
  createdAt: t.createdAt.toISOString(),
});
