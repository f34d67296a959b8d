import type { ActionResult } from "@/lib/actions/result";

export type Role = "owner" | "editor" | "viewer";
export const ROLE_OPTIONS: Role[] = ["viewer", "editor", "owner"];

export type Action<I, O = unknown> = (input: I) => Promise<ActionResult<O>>;

export type MemberRow = { userId: string; name: string; email: string; role: Role; joinedAt: string };
export type InvitationRow = { id: string; role: Role; email: string | null; expiresAt: string; createdAt: string; status: "pending" | "expired" | "accepted" };
export type TokenRow = {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
  status: "active" | "expired" | "revoked";
};
