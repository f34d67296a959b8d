import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/services/audit";
import { teamChangeMarker } from "@/lib/services/history";
import { createTestTeam } from "../support/fixtures";

const recentCount = (marker: string) => Number(marker.split("-")[1]);

describe("team change marker (the ETag live pages poll)", () => {
  it("changes with every event of the team, counts the recent ones, and ignores other teams", async () => {
    const { teamId, actor } = await createTestTeam("Marker");
    const other = await createTestTeam("Other");
    const record = (team: string, entityId: string) =>
      db().$transaction((tx) => recordAudit(tx, { teamId: team, actor, entityType: "claim_group", entityId, action: "verdict", before: {}, after: { status: "disputed" } }));

    const before = await teamChangeMarker(teamId);
    expect(await teamChangeMarker(teamId)).toBe(before);
    await record(teamId, "group-1");
    const after = await teamChangeMarker(teamId);
    expect(after).not.toBe(before);
    expect(recentCount(after)).toBe(recentCount(before) + 1);
    expect(recentCount(after)).toBe(await db().auditEvent.count({ where: { teamId, at: { gt: new Date(Date.now() - 15 * 60_000) } } }));

    await record(other.teamId, "group-2");
    expect(await teamChangeMarker(teamId)).toBe(after);
  });
});
