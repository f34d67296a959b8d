import "server-only";
import { db } from "@/lib/db";

export function listMembershipsOfUser(userId: string) {
  return db().membership.findMany({
    where: { userId },
    select: { role: true, team: { select: { id: true, name: true, isDemo: true } } },
    orderBy: { createdAt: "asc" },
  });
}

export function getMembership(teamId: string, userId: string) {
  return db().membership.findUnique({
    where: { teamId_userId: { teamId, userId } },
    select: { role: true, team: { select: { id: true, name: true } } },
  });
}
