import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";

/**
 * Who acts: a user, or an API token (no user; `accountableUserId` is then the token's
 * creator, answerable for what the token does and for the secrets it makes).
 */
export type Actor = { userId: string | null; label: string; accountableUserId?: string };

/** The person answerable for an actor's writes (stored as createdById on tokens and links). */
export function accountableUser(actor: Actor): string {
  const id = actor.userId ?? actor.accountableUserId;
  if (!id) throw new Error(`No accountable user for ${actor.label}`);
  return id;
}

type AuditInput = {
  teamId: string;
  actor: Actor;
  entityType: "article" | "claim" | "claim_group" | "boilerplate" | "team" | "membership" | "api_token";
  entityId: string;
  action: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Written in the transaction of the change it records, so history never drifts. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      teamId: input.teamId,
      actorId: input.actor.userId,
      actorLabel: input.actor.label,
      entityType: input.entityType,
      entityId: input.entityId,
      action: input.action,
      before: input.before,
      after: input.after,
    },
  });
}

export async function recordAuditMany(tx: Tx, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.auditEvent.createMany({
    data: inputs.map((input) => ({
      teamId: input.teamId,
      actorId: input.actor.userId,
      actorLabel: input.actor.label,
      entityType: input.entityType,
      entityId: input.entityId,
      action: input.action,
      before: input.before,
      after: input.after,
    })),
  });
}
