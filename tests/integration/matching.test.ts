import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importArticle } from "@/lib/services/articles";
import { linkClaims, rejectMatch, unlinkClaims } from "@/lib/services/claim-groups";
import { loadDemoArticles } from "@/lib/services/demo";
import { getClaimGroup, getClaimMatrix } from "@/lib/services/group-views";
import { findMatches } from "@/lib/services/matching";
import { articleImportSchema } from "@/lib/validation/article";
import { createTestTeam } from "../support/fixtures";

type Team = Awaited<ReturnType<typeof createTestTeam>>;

async function claimsMatching(teamId: string, pattern: RegExp) {
  const claims = await db().claim.findMany({ where: { teamId, deletedAt: null }, select: { id: true, text: true, articleId: true, groupId: true } });
  return claims.filter((claim) => pattern.test(claim.text));
}

describe("matching on the five seed articles", () => {
  let team: Team;
  beforeAll(async () => {
    team = await createTestTeam("Match");
    await loadDemoArticles(team.teamId, team.actor);
  });

  it("proposes the other seeds' 'first visit in 24 years' statements in the top 3", async () => {
    const statements = await claimsMatching(team.teamId, /premi[eè]re (fois|visite).*(24|vingt) ans/i);
    expect(new Set(statements.map((s) => s.articleId)).size).toBeGreaterThanOrEqual(2);
    for (const statement of statements) {
      const others = statements.filter((s) => s.articleId !== statement.articleId).map((s) => s.id);
      const top3 = (await findMatches(team.teamId, statement.id, 3)).map((m) => m.id);
      expect(top3.some((id) => others.includes(id)), `${statement.text} → ${top3.join(", ")}`).toBe(true);
    }
  });

  it("matches the delegation claims (Belousov, Lavrov) across seeds, with the shared names as reasons", async () => {
    const [first, second] = await claimsMatching(team.teamId, /Belo+u?sov/);
    expect(first!.articleId).not.toBe(second!.articleId);
    const matches = await findMatches(team.teamId, first!.id, 3);
    const match = matches.find((m) => m.id === second!.id);
    expect(match).toBeDefined();
    expect(match!.reasons.map((reason) => reason.key)).toEqual(expect.arrayContaining(["e:belousov", "e:lavrov"]));
  });

  it("flags 24 ans against vingt ans with the values side by side", async () => {
    const [twenty] = await claimsMatching(team.teamId, /vingt ans/);
    const matches = await findMatches(team.teamId, twenty!.id, 5);
    const flagged = matches.flatMap((m) => m.contradictions);
    expect(flagged).toContainEqual(expect.objectContaining({ kind: "number", a: "vingt ans", b: "24 ans" }));
  });

  it("links an English article's claim to the French seeds", async () => {
    const english = await importArticle(
      team.teamId,
      team.actor,
      articleImportSchema.parse({
        title: "Putin in Pyongyang",
        text: "Putin visited North Korea for the first time in 24 years. He travelled with Defence Minister Andrei Belousov and Foreign Minister Sergei Lavrov.",
      }),
    );
    expect(english.language).toBe("en");
    const [visit, delegation] = english.claims;
    const visitMatches = await findMatches(team.teamId, visit!.id, 3);
    expect(visitMatches.length).toBeGreaterThan(0);
    expect(visitMatches[0]!.claim.text).toMatch(/(24|vingt) ans/);
    const delegationMatches = await findMatches(team.teamId, delegation!.id, 3);
    expect(delegationMatches[0]!.claim.text).toMatch(/Belo+u?sov/);
  });
});

describe("claim groups", () => {
  async function twoArticles() {
    const team = await createTestTeam("Groups");
    const a = await importArticle(team.teamId, team.actor, articleImportSchema.parse({ title: "A", outlet: "Agence A", text: "Vladimir Poutine est arrivé à Pyongyang le 19 juin 2024 vers 3 h du matin, selon l'agence KCNA." }));
    const b = await importArticle(team.teamId, team.actor, articleImportSchema.parse({ title: "B", outlet: "Journal B", text: "Selon Séoul, Poutine a atterri à Pyongyang peu après 2 h du matin le 19 juin 2024." }));
    return { team, a: a.claims[0]!, b: b.claims[0]! };
  }

  it("confirming a match merges the groups; unlinking splits them again", async () => {
    const { team, a, b } = await twoArticles();
    const { groupId } = await linkClaims(team.teamId, team.actor, a.id, b.id, "same");
    const group = await getClaimGroup(team.teamId, groupId);
    expect(group.statements.map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect(group.independentSourceCount).toBe(2);
    expect(group.contradictionHints[0]!.contradictions).toContainEqual(expect.objectContaining({ kind: "time", a: "3 h du matin", b: "2 h du matin" }));
    expect(await db().claimGroup.count({ where: { teamId: team.teamId } })).toBe(1);

    await unlinkClaims(team.teamId, team.actor, a.id, b.id);
    expect(await db().claimGroup.count({ where: { teamId: team.teamId } })).toBe(2);
    const audit = await db().auditEvent.findMany({ where: { teamId: team.teamId, entityType: "claim_group" }, orderBy: { at: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["link-same", "unlink-same"]);
  });

  it("a rejected candidate is never proposed again", async () => {
    const { team, a, b } = await twoArticles();
    expect((await findMatches(team.teamId, a.id)).map((m) => m.id)).toContain(b.id);
    await rejectMatch(team.teamId, team.actor, a.id, b.id);
    expect((await findMatches(team.teamId, a.id)).map((m) => m.id)).not.toContain(b.id);
    expect((await findMatches(team.teamId, b.id)).map((m) => m.id)).not.toContain(a.id);
  });

  it("contradicting groups show in the matrix", async () => {
    const { team, a, b } = await twoArticles();
    await linkClaims(team.teamId, team.actor, a.id, b.id, "contradicts");
    const matrix = await getClaimMatrix(team.teamId, { minSources: 1, limit: 50 });
    expect(matrix.articles).toHaveLength(2);
    const row = matrix.rows.find((r) => r.groupId === a.groupId)!;
    expect(row.cells).toEqual(["stated", "contradicted"]);
  });

  it("never matches or links across teams", async () => {
    const { team, a } = await twoArticles();
    const stranger = await twoArticles();
    expect((await findMatches(team.teamId, a.id)).map((m) => m.id)).not.toContain(stranger.a.id);
    await expect(linkClaims(team.teamId, team.actor, a.id, stranger.b.id, "same")).rejects.toMatchObject({ status: 404 });
    await expect(findMatches(stranger.team.teamId, a.id)).rejects.toMatchObject({ status: 404 });
  });
});
