import { NextRequest } from "next/server";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { GET as getChanges } from "@/app/api/v1/changes/route";
import { GET as listClaimsRoute } from "@/app/api/v1/claims/route";
import { PUT as putVerdict } from "@/app/api/v1/claims/[id]/verdict/route";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { createApiToken } from "@/lib/services/api-tokens";
import type { Actor } from "@/lib/services/audit";
import { importArticle } from "@/lib/services/articles";
import { linkClaims } from "@/lib/services/claim-groups";
import { getClaim, setClaimDeleted } from "@/lib/services/claims";
import { verdictCounts, verdictProgress } from "@/lib/services/dashboard";
import { articleHistory, claimHistory } from "@/lib/services/history";
import { assignClaim, listQueue } from "@/lib/services/queue";
import { addEvidence, getGroupVerdict, removeEvidence, setVerdict } from "@/lib/services/verdicts";
import { articleImportSchema } from "@/lib/validation/article";
import { evidenceInputSchema, setVerdictSchema } from "@/lib/validation/verdict";
import { addTestMember, createTestTeam } from "../support/fixtures";

type Team = Awaited<ReturnType<typeof createTestTeam>>;
const TEXT = "Le maire de Lyon a inauguré 40 logements le 3 mai 2024. Le budget atteint 12 millions d'euros. Les travaux ont duré deux ans.";

async function importText(team: Team, extra: Record<string, unknown> = {}, text = TEXT) {
  return importArticle(team.teamId, team.actor, articleImportSchema.parse({ title: "Lyon", outlet: "Agence A", text, allowDuplicate: true, ...extra }));
}
async function teamWithClaim(label = "Verdict") {
  const team = await createTestTeam(label);
  const article = await importText(team);
  return { ...team, article, claim: article.claims[0]! };
}
const verdict = (input: Record<string, unknown>) => setVerdictSchema.parse(input);
const disputed = (version: number, rationale = "The prefecture counts 45.") => verdict({ status: "disputed", rationale, version });
const groupOf = async (teamId: string, claimId: string) => getGroupVerdict(teamId, (await getClaim(teamId, claimId)).groupId);
const verdictEvents = async (teamId: string, claimId: string) =>
  (await claimHistory(teamId, claimId, { limit: 500 })).events.filter((event) => event.action === "verdict");

/** A real token of the team (through the service), made by its owner. */
async function apiToken(teamId: string, owner: Actor, role: "viewer" | "editor" = "editor") {
  return (await createApiToken(teamId, owner, { name: `${role} script`, role })).secret;
}
function call(handler: typeof putVerdict, url: string, token: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; id?: string } = {}) {
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...init.headers, ...(body ? { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) } : {}) };
  const request = new NextRequest(`http://localhost${url}`, { method: init.method ?? "GET", headers, body });
  return handler(request, { params: Promise.resolve(init.id ? { id: init.id } : ({} as Record<string, string>)) });
}
const settle = async <T,>(calls: Array<Promise<T>>) => {
  const results = await Promise.allSettled(calls);
  return { won: results.filter((r) => r.status === "fulfilled"), lost: results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : [])) };
};

describe("concurrent editors", () => {
  it("50 parallel writes from the same version: exactly one wins, 49 get 409, history shows one change", async () => {
    const { teamId, actor, claim } = await teamWithClaim();
    const { won, lost } = await settle(Array.from({ length: 50 }, (_, i) => setVerdict(teamId, actor, claim.id, disputed(0, `Writer ${i}`))));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const error of lost) expect(error).toMatchObject({ constructor: ConflictError, status: 409, details: { currentVersion: 1, changedBy: actor.label } });
    const group = await groupOf(teamId, claim.id);
    expect(group.version).toBe(1);
    const events = await verdictEvents(teamId, claim.id);
    expect(events).toHaveLength(1);
    expect(group.rationale).toBe((events[0]!.after as { rationale: string }).rationale);
  });

  it("the same through the HTTP API: one 200 with the new version, 49 409 naming the current version and who changed it", async () => {
    const { teamId, actor, claim } = await teamWithClaim();
    const token = await apiToken(teamId, actor);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => call(putVerdict, `/api/v1/claims/${claim.id}/verdict`, token, { method: "PUT", id: claim.id, body: { status: "disputed", rationale: `Script ${i}`, version: 0 } })),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const winner = await responses.find((r) => r.status === 200)!.json();
    expect(winner.claim).toMatchObject({ id: claim.id, status: "disputed", version: 1 });
    const conflict = await responses.find((r) => r.status === 409)!.json();
    expect(conflict.error).toMatchObject({ code: "conflict", currentVersion: 1, changedBy: "token:editor script", current: { status: "disputed" } });
    expect(await verdictEvents(teamId, claim.id)).toHaveLength(1);
  });

  it("50 writes in sequence with the right versions: 50 history entries, nothing lost", async () => {
    const { teamId, actor, claim } = await teamWithClaim();
    for (let version = 0; version < 50; version++) {
      const input = version % 2 === 0 ? disputed(version, `Round ${version}`) : verdict({ status: "unverified", version });
      const result = await setVerdict(teamId, actor, claim.id, input);
      expect(result.group.version).toBe(version + 1);
    }
    const events = await verdictEvents(teamId, claim.id);
    expect(events).toHaveLength(50);
    expect(events.map((event) => (event.after as { version: number }).version)).toEqual(Array.from({ length: 50 }, (_, i) => 50 - i));
    expect((await groupOf(teamId, claim.id)).version).toBe(50);
  });

  it("a write whose read predates another transaction's commit is refused by the guarded UPDATE itself", async () => {
    const { teamId, actor, claim } = await teamWithClaim();
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await db().claim.count({ where: { teamId } }); // the app's pool is open: other sessions are visible
      const sessions = (await other.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'client backend'`)).rows[0].n as number;
      // Another editor's transaction has bumped the version but not committed yet.
      await other.query("BEGIN");
      await other.query(`UPDATE "ClaimGroup" SET version = version + 1, status = 'disputed', rationale = 'Other editor' WHERE id = $1`, [claim.groupId]);
      const write = setVerdict(teamId, actor, claim.id, disputed(0, "Mine")).then(() => "saved", (error: unknown) => error);
      // On PostgreSQL the write reaches its UPDATE and waits for the lock (however loaded the
      // machine, give it time); on PGlite nothing else runs while this transaction is open.
      const deadline = Date.now() + (sessions > 1 ? 10_000 : 200);
      let sawLockWait = false;
      while (!sawLockWait && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const waiting = await other.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%UPDATE%ClaimGroup%'`);
        sawLockWait = (waiting.rowCount ?? 0) > 0;
      }
      await other.query("COMMIT");
      expect(await write).toMatchObject({ constructor: ConflictError, details: { currentVersion: 1, current: { status: "disputed", rationale: "Other editor" } } });
      // On a multi-session PostgreSQL the write really was inside its UPDATE, blocked by the other
      // transaction's row lock (PGlite runs transactions one after another: it never blocks).
      if (sessions > 1) expect(sawLockWait).toBe(true);
    } finally {
      await other.end();
    }
    expect(await verdictEvents(teamId, claim.id)).toHaveLength(0);
  });

  it("tells a stale version (409) from a claim that is not there (404)", async () => {
    const alpha = await teamWithClaim("Alpha");
    const beta = await teamWithClaim("Beta");
    await expect(setVerdict(beta.teamId, beta.actor, alpha.claim.id, disputed(0))).rejects.toBeInstanceOf(NotFoundError);
    await expect(setVerdict(alpha.teamId, alpha.actor, alpha.claim.id, disputed(7))).rejects.toMatchObject({ status: 409, details: { currentVersion: 0, changedBy: null } });
    await expect(setVerdict(alpha.teamId, alpha.actor, alpha.claim.id, verdict({ status: "unverified", version: 0, groupId: beta.claim.groupId }))).rejects.toBeInstanceOf(ConflictError);
    await setClaimDeleted(alpha.teamId, alpha.actor, alpha.claim.id, true);
    await expect(setVerdict(alpha.teamId, alpha.actor, alpha.claim.id, disputed(0))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("verdict rules", () => {
  const nothingChanged = async (teamId: string, claimId: string) => {
    const group = await groupOf(teamId, claimId);
    expect({ version: group.version, status: group.status, evidence: group.evidence.length }).toEqual({ version: 0, status: "unverified", evidence: 0 });
    expect(await verdictEvents(teamId, claimId)).toHaveLength(0);
  };

  it("corroborated needs supporting evidence or two independent sources (422 with the rule, nothing written)", async () => {
    const { teamId, actor, claim } = await teamWithClaim();
    const refuting = { kind: "link", url: "https://prefecture.example/release", stance: "refutes" };
    await expect(setVerdict(teamId, actor, claim.id, verdict({ status: "corroborated", version: 0, evidence: [refuting] }))).rejects.toMatchObject({
      constructor: RuleViolationError, status: 422, details: { rule: "corroborated-needs-support" },
    });
    await nothingChanged(teamId, claim.id);
    const supporting = { kind: "link", url: "https://prefecture.example/release", title: "Prefecture release", stance: "supports" };
    const result = await setVerdict(teamId, actor, claim.id, verdict({ status: "corroborated", version: 0, evidence: [supporting] }));
    expect(result.group).toMatchObject({ status: "corroborated", version: 1, decidedById: actor.userId });
    expect(result.evidence).toEqual([expect.objectContaining({ kind: "link", stance: "supports", title: "Prefecture release" })]);
  });

  it("two independent outlets corroborate on their own; two articles of one outlet do not", async () => {
    const team = await createTestTeam("Sources");
    const [a, b, c] = [
      await importText(team, { outlet: "Agence A" }),
      await importText(team, { outlet: "Journal B" }, "Selon la mairie, 40 logements ont été inaugurés à Lyon le 3 mai 2024."),
      await importText(team, { outlet: "agence a " }, "Quarante logements : le maire de Lyon a inauguré 40 logements le 3 mai 2024, dit l'agence."),
    ];
    const { groupId } = await linkClaims(team.teamId, team.actor, a.claims[0]!.id, c.claims[0]!.id, "same");
    let group = await groupOf(team.teamId, a.claims[0]!.id);
    expect({ id: group.id, sources: group.sourceCount, independent: group.independentSourceCount }).toEqual({ id: groupId, sources: 2, independent: 1 });
    await expect(setVerdict(team.teamId, team.actor, a.claims[0]!.id, verdict({ status: "corroborated", version: group.version }))).rejects.toMatchObject({ details: { rule: "corroborated-needs-support" } });
    await linkClaims(team.teamId, team.actor, a.claims[0]!.id, b.claims[0]!.id, "same");
    group = await groupOf(team.teamId, a.claims[0]!.id);
    expect(group.independentSourceCount).toBe(2);
    expect(group.suggestion).toEqual({ status: "corroborated", reason: "independentSources", count: 2 });
    const result = await setVerdict(team.teamId, team.actor, b.claims[0]!.id, verdict({ status: "corroborated", version: group.version }));
    expect(result.group.status).toBe("corroborated");
    // The verdict is the proposition's: every claim of the group shows it.
    expect((await groupOf(team.teamId, c.claims[0]!.id)).status).toBe("corroborated");
  });

  it("disputed needs a rationale; cited claims must be the team's; viewers cannot decide", async () => {
    const { teamId, actor, claim, article } = await teamWithClaim();
    await expect(setVerdict(teamId, actor, claim.id, verdict({ status: "disputed", rationale: "   ", version: 0 }))).rejects.toMatchObject({ details: { rule: "disputed-needs-rationale" } });
    const stranger = await teamWithClaim("Stranger");
    const citing = { kind: "claim", linkedClaimId: stranger.claim.id, stance: "supports" };
    await expect(setVerdict(teamId, actor, claim.id, verdict({ status: "corroborated", version: 0, evidence: [citing] }))).rejects.toMatchObject({ details: { rule: "evidence-claim-in-team" } });
    await nothingChanged(teamId, claim.id);

    const viewer = await apiToken(teamId, actor, "viewer");
    const forbidden = await call(putVerdict, `/api/v1/claims/${claim.id}/verdict`, viewer, { method: "PUT", id: claim.id, body: { status: "disputed", rationale: "No.", version: 0 } });
    expect(forbidden.status).toBe(403);
    const editor = await apiToken(teamId, actor);
    const invalid = await call(putVerdict, `/api/v1/claims/${claim.id}/verdict`, editor, { method: "PUT", id: claim.id, body: { status: "false", version: -1, extra: 1 } });
    expect(invalid.status).toBe(422);
    expect(Object.keys((await invalid.json()).error.fieldErrors).sort()).toEqual(["_", "status", "version"]);
    const rule = await call(putVerdict, `/api/v1/claims/${claim.id}/verdict`, editor, { method: "PUT", id: claim.id, body: { status: "disputed", version: 0 }, headers: { "accept-language": "fr" } });
    expect(rule.status).toBe(422);
    expect((await rule.json()).error).toMatchObject({ code: "rule_violation", rule: "disputed-needs-rationale", message: expect.stringContaining("justification") });
    await nothingChanged(teamId, claim.id);
    expect(article.claims.length).toBeGreaterThan(1);
  });

  it("evidence can be added and removed, but not the evidence a corroboration rests on", async () => {
    const { teamId, actor, claim } = await teamWithClaim();
    const note = { kind: "note", note: "Called the **mayor's office**: confirmed.", stance: "supports" };
    let result = await addEvidence(teamId, actor, claim.id, { version: 0 }, evidenceInputSchema.parse(note));
    result = await setVerdict(teamId, actor, claim.id, verdict({ status: "corroborated", version: result.group.version }));
    const [only] = result.evidence;
    await expect(removeEvidence(teamId, actor, claim.id, { version: 2 }, only!.id)).rejects.toMatchObject({ details: { rule: "corroborated-needs-support" } });
    await expect(addEvidence(teamId, actor, claim.id, { version: 1 }, evidenceInputSchema.parse(note))).rejects.toBeInstanceOf(ConflictError);
    result = await setVerdict(teamId, actor, claim.id, verdict({ status: "unverified", version: 2 }));
    result = await removeEvidence(teamId, actor, claim.id, { version: 3 }, only!.id);
    expect(result.evidence).toEqual([]);
    const actions = (await claimHistory(teamId, claim.id, { limit: 50 })).events.map((event) => event.action);
    expect(actions).toEqual(["evidence-remove", "verdict", "verdict", "evidence-add"]);
  });
});

describe("queue, assignment, history and dashboard", () => {
  it("filters by status, article, outlet, check-worthiness, assignee and date, and pages without gaps", async () => {
    const team = await createTestTeam("Queue");
    const a = await importText(team, { outlet: "Agence A", publishedAt: "2024-05-03" });
    const b = await importText(team, { outlet: "Journal B", publishedAt: "2024-06-01" });
    await setVerdict(team.teamId, team.actor, a.claims[1]!.id, disputed(0));
    await assignClaim(team.teamId, team.actor, b.claims[2]!.id, team.user.id);
    const ids = async (filters: Parameters<typeof listQueue>[2]) => (await listQueue(team.teamId, team.user.id, filters, { limit: 100 })).items.map((item) => item.id);
    expect(await ids({ status: "disputed" })).toEqual([a.claims[1]!.id]);
    expect(await ids({ articleId: a.id })).toEqual(a.claims.map((claim) => claim.id));
    expect(await ids({ outlet: "journal b" })).toEqual(b.claims.map((claim) => claim.id));
    expect(await ids({ assignee: "me" })).toEqual([b.claims[2]!.id]);
    expect(await ids({ from: "2024-05-01", to: "2024-05-31" })).toEqual(a.claims.map((claim) => claim.id));
    const worthy = await listQueue(team.teamId, null, { minCheckworthiness: 0.5 }, { limit: 100 });
    expect(worthy.items.every((item) => item.checkworthiness >= 0.5)).toBe(true);

    const all = await ids({});
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listQueue(team.teamId, null, {}, { limit: 2, cursor });
      paged.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(all);
    expect(all).toHaveLength(a.claims.length + b.claims.length);
    await expect(listQueue(team.teamId, null, {}, { limit: 2, cursor: "garbage" })).rejects.toMatchObject({ status: 422 });

    const token = await apiToken(team.teamId, team.actor, "viewer");
    const response = await call(listClaimsRoute, `/api/v1/claims?status=disputed&limit=5`, token);
    expect((await response.json()).claims).toEqual([expect.objectContaining({ id: a.claims[1]!.id, status: "disputed", version: 1, rationale: "The prefecture counts 45." })]);
  });

  it("assigns claims to teammates who can review, never to outsiders or viewers", async () => {
    const { teamId, actor, claim } = await teamWithClaim();
    const [mate, reader, outsider] = [await addTestMember(teamId, "editor", "Mate"), await addTestMember(teamId, "viewer", "Reader"), await createTestTeam("Outsider")];
    await assignClaim(teamId, actor, claim.id, mate.user.id);
    await expect(assignClaim(teamId, actor, claim.id, outsider.user.id)).rejects.toMatchObject({ details: { rule: "assignee-in-team" } });
    await expect(assignClaim(teamId, actor, claim.id, reader.user.id)).rejects.toMatchObject({ details: { rule: "assignee-can-review" } });
    await assignClaim(teamId, actor, claim.id, null);
    const events = (await claimHistory(teamId, claim.id, { limit: 10 })).events;
    expect(events.map((event) => [event.action, event.before, event.after])).toEqual([
      ["assign", { assignee: mate.user.name, assigneeId: mate.user.id }, { assignee: null, assigneeId: null }],
      ["assign", { assignee: null, assigneeId: null }, { assignee: mate.user.name, assigneeId: mate.user.id }],
    ]);
  });

  it("keeps history append-only: the database refuses to rewrite or delete it", async () => {
    const { teamId, actor, claim, article } = await teamWithClaim();
    await setVerdict(teamId, actor, claim.id, disputed(0));
    await expect(db().auditEvent.updateMany({ where: { teamId }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(db().auditEvent.deleteMany({ where: { teamId } })).rejects.toThrow(/append-only/);
    const history = await articleHistory(teamId, article.id, { limit: 50 });
    expect(history.events.map((event) => [event.action, event.subject?.id ?? null])).toEqual([["verdict", claim.id], ["import", null]]);
    await expect(articleHistory((await createTestTeam("Other")).teamId, article.id, { limit: 5 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("counts verdicts per article and outlet, replays progress, and moves the changes ETag", async () => {
    const { teamId, actor, claim, article, user } = await teamWithClaim();
    const token = await apiToken(teamId, actor, "viewer");
    const first = await call(getChanges, "/api/v1/changes", token);
    const etag = first.headers.get("etag")!;
    expect((await call(getChanges, "/api/v1/changes", token, { headers: { "if-none-match": etag } })).status).toBe(304);
    await setVerdict(teamId, actor, claim.id, disputed(0));
    const changed = await call(getChanges, "/api/v1/changes", token, { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect((await changed.json()).latest[0]).toMatchObject({ action: "verdict", actor: { id: user.id } });

    const counts = await verdictCounts(teamId);
    expect(counts.articles).toEqual([expect.objectContaining({ articleId: article.id, disputed: 1, corroborated: 0, unverified: article.claims.length - 1 })]);
    expect(counts.outlets).toEqual([expect.objectContaining({ outlet: "Agence A", disputed: 1 })]);
    const progress = await verdictProgress(teamId, "Europe/Paris");
    expect(progress.at(-1)).toMatchObject({ corroborated: 0, disputed: 1 });
  });
});
