import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { explainCandidateQuery, findMatches } from "@/lib/services/matching";
import { fillTeamWithSyntheticClaims } from "@/lib/services/synthetic-corpus";
import { createTestTeam } from "../support/fixtures";

describe("match query at 10k claims", () => {
  it("reaches candidates through the GIN index on anchorKeys and still finds matches", async () => {
    const { teamId } = await createTestTeam("Plan");
    const { claims } = await fillTeamWithSyntheticClaims(teamId, 10_000, 11);
    expect(claims).toBe(10_000);
    const sample = await db().$queryRaw<Array<{ id: string }>>`SELECT id FROM "Claim" WHERE "teamId" = ${teamId} ORDER BY md5(id) LIMIT 5`;
    for (const { id } of sample) {
      const plan = await explainCandidateQuery(teamId, id);
      expect(plan, plan).toMatch(/Bitmap Index Scan on "Claim_teamAnchorKeys_idx"/);
      expect((await findMatches(teamId, id, 5)).length).toBeGreaterThan(0);
    }
  }, 180_000);
});
