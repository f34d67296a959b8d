import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";

export type Actor = { userId: string | null; label: string };

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
