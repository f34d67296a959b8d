// Who may reach what, against the real server: every page and route handler found in app/
// is tried with another team's session and API token (404, nothing changed), with every
// role (403 below the minimum), with broken input (a clear 4xx, nothing changed), and
// every page renders hostile content inertly in Chromium. Then headers, CSRF, throttling.
import type { APIRequestContext, APIResponse, BrowserContext, Page } from "@playwright/test";
import { roleAllows, ROLES, type Role } from "../lib/auth/roles";
import {
  acceptInvitationVia, apiSignIn, createApiTokenVia, createInvitationVia, discoverApiRoutes, discoverPages, expect, fillPattern,
  makeUser, newSignedUpContext, signIn, snapshotTeams, test, type NewUser,
} from "./fixtures";

/** One seeded team's ids and secrets; samples build their requests from it. */
type Seed = {
  teamId: string; marker: string; ownerId: string; memberId: string; articleId: string; claimIds: string[];
  groupId: string; invitationId: string; invitationToken: string; tokenId: string; taskId: string;
};
type Json = Record<string, unknown>;
type ApiSample = { role: Role | "public"; params?: (s: Seed) => Record<string, string>; query?: (s: Seed) => Record<string, string>; body?: (s: Seed) => Json; exempt?: string };
type PageSample = { params?: (s: Seed) => Record<string, string>; public?: true; exempt?: string };

/* ─────────────────────────────────────────────────────────────────────────────────────
 * THE SAMPLE TABLES. Every route handler and page under app/ needs an entry, or the first
 * test fails with "add a sample for …". `role`: the least role allowed. `params`, `query`,
 * `body`: a well-formed request built from a seed's ids; the suite swaps in the other
 * team's ids one at a time: in the path each must give 404, in a query or body the very
 * answer an unknown id gets (a filter may answer 200 — with none of the other team's
 * data). `exempt`: why a public route is skipped.
 * ───────────────────────────────────────────────────────────────────────────────────── */
const claim = (s: Seed) => ({ id: s.claimIds[0]! });
const API_SAMPLES: Record<string, ApiSample> = {
  "GET /api/health": { role: "public", exempt: "database status only, no team data" },
  "GET /api/auth/[...nextauth]": { role: "public", exempt: "next-auth's own endpoints; sign-in throttling is tested below" },
  "POST /api/auth/[...nextauth]": { role: "public", exempt: "next-auth's own endpoints; sign-in throttling is tested below" },
  "GET /api/v1/articles": { role: "viewer" },
  "POST /api/v1/articles": { role: "editor", body: (s) => ({ title: `Probe ${s.marker}`, text: "Le maire a inauguré 40 logements le 3 mai 2024.", language: "fr" }) },
  "GET /api/v1/articles/[id]": { role: "viewer", params: (s) => ({ id: s.articleId }) },
  "GET /api/v1/claim-groups/[id]": { role: "viewer", params: (s) => ({ id: s.groupId }) },
  "GET /api/v1/claims/[id]": { role: "viewer", params: claim },
  "GET /api/v1/claims/[id]/matches": { role: "viewer", params: claim, query: () => ({ limit: "5" }) },
  "POST /api/v1/claims/[id]/links": { role: "editor", params: claim, body: (s) => ({ otherClaimId: s.claimIds[2]!, relation: "same" }) },
  "DELETE /api/v1/claims/[id]/links": { role: "editor", params: claim, query: (s) => ({ otherClaimId: s.claimIds[3]! }) },
  "POST /api/v1/claims/[id]/rejections": { role: "editor", params: claim, body: (s) => ({ otherClaimId: s.claimIds[2]! }) },
  "GET /api/v1/matrix": { role: "viewer", query: () => ({ minSources: "1" }) },
  "GET /api/v1/team": { role: "viewer" },
  "PATCH /api/v1/team": { role: "owner", body: (s) => ({ name: `Renamed ${s.marker}` }) },
  "PATCH /api/v1/team/members/[userId]": { role: "owner", params: (s) => ({ userId: s.memberId }), body: () => ({ role: "viewer" }) },
  "DELETE /api/v1/team/members/[userId]": { role: "owner", params: (s) => ({ userId: s.memberId }) },
  "GET /api/v1/team/invitations": { role: "owner" },
  "POST /api/v1/team/invitations": { role: "owner", body: () => ({ role: "viewer", expiresInDays: 1 }) },
  "DELETE /api/v1/team/invitations/[id]": { role: "owner", params: (s) => ({ id: s.invitationId }) },
  "GET /api/v1/tokens": { role: "owner" },
  "POST /api/v1/tokens": { role: "owner", body: (s) => ({ name: `Probe ${s.marker}`, role: "viewer" }) },
  "DELETE /api/v1/tokens/[id]": { role: "owner", params: (s) => ({ id: s.tokenId }) },
  "GET /api/v1/changes": { role: "viewer" },
  "GET /api/v1/claims": { role: "viewer", query: (s) => ({ articleId: s.articleId, status: "unverified" }) },
  "GET /api/v1/claims/[id]/history": { role: "viewer", params: claim, query: () => ({ limit: "10" }) },
  // Claim 2's proposition is at version 0 (the seed links claims 0 and 3 only).
  "PUT /api/v1/claims/[id]/verdict": {
    role: "editor",
    params: (s) => ({ id: s.claimIds[2]! }),
    body: (s) => ({ status: "unverified", version: 0, evidence: [{ kind: "claim", stance: "context", linkedClaimId: s.claimIds[1]! }] }),
  },
  "GET /api/v1/export": { role: "viewer", query: (s) => ({ format: "json", articleId: s.articleId }) },
  "POST /api/v1/import": {
    role: "editor",
    body: () => ({ format: "claimdesk.claims", version: 1, team: { id: "exported-team", name: "Exported", publicationBaseUrl: null }, generatedAt: "2024-05-03T10:00:00Z", filters: {}, articles: [], claims: [] }),
  },
  "POST /api/v1/import-batches": { role: "editor", body: (s) => ({ articles: [{ title: `Batch ${s.marker}`, text: "Le maire a promis 40 logements en 2025." }] }) },
  "GET /api/v1/tasks": { role: "viewer" },
  "GET /api/v1/tasks/[id]": { role: "viewer", params: (s) => ({ id: s.taskId }) },
};
const PAGE_SAMPLES: Record<string, PageSample> = {
  "/": {},
  "/account": {},
  "/articles": {},
  "/articles/[id]": { params: (s) => ({ id: s.articleId }) },
  "/articles/[id]/history": { params: (s) => ({ id: s.articleId }) },
  "/dashboard": {},
  "/export": {},
  "/export/report": {},
  "/queue": {},
  "/groups/[id]": { params: (s) => ({ id: s.groupId }) },
  "/import": {},
  "/matrix": {},
  "/team": {},
  "/login": { public: true },
  "/signup": { public: true },
  "/invite/[token]": { public: true, params: (s) => ({ token: s.invitationToken }), exempt: "the link's secret is the credential: its holder sees the team's name" },
};

// ── Seeding: team A (the victim, with hostile content everywhere) and team B (the intruder). ──

const HOSTILE_HTML = (marker: string) => `<!doctype html><html><head><title>Dépêche</title><base href="http://evil.example/">
<meta http-equiv="refresh" content="0;url=http://evil.example/refresh"><link rel="stylesheet" href="http://evil.example/style.css">
<style>@import url("http://evil.example/import.css"); body { background: url("http://evil.example/bg.png"); display: none }</style>
<script>window.__pwned = "script"; alert("script")</script></head><body><article><h1>Le maire inaugure 40 logements ${marker}</h1>
<p>Le maire de Lyon a inauguré 40 logements le 3 mai 2024 <img src="http://evil.example/pixel.png" onerror="window.__pwned='img';alert('img')"> selon la préfecture.</p>
<p onmouseover="alert('hover')" style="position:fixed;inset:0;background:url(http://evil.example/overlay.png)">Le programme prévoit 120 logements d'ici 2026, a précisé <a href="javascript:alert('link')">la mairie</a>.</p>
<iframe src="javascript:alert('iframe')"></iframe><svg onload="alert('svg')"><a href="javascript:alert('svg-link')"><text>x</text></a></svg>
<object data="http://evil.example/object.swf"></object><form action="http://evil.example/form"><button>Envoyer</button></form>
<p>Le budget atteint 2 millions d'euros &lt;script&gt;alert('entity')&lt;/script&gt;, selon la métropole.</p></article></body></html>`;
const HOSTILE_TEXT = (marker: string) =>
  [
    `Le maire a promis 40 logements en 2025 ${marker}.`,
    `Selon le ministre, <script>window.__pwned='claim';alert('claim')</script> le chômage a baissé de 2 % en 2024.`,
    `La préfecture annonce 45 logements <img src=x onerror="alert('claim-img')"> livrés le 3 mai 2024.`,
    `Le rapport cite <a href="javascript:alert('claim-link')">ce lien</a> et <style>body{display:none}</style> 120 logements d'ici 2026.`,
  ].join("\n\n");
const HOSTILE_MARKDOWN = (marker: string) => `# Note ${marker}\n\nLe déficit atteint 5,5 % du PIB en 2023 [selon la Cour](javascript:alert('md')).\n\n![pixel](http://evil.example/md.png) Les dépenses ont crû de 4 % en 2023.`;

async function ok<T>(response: APIResponse, status = 201): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

type Article = { article: { id: string; claims: Array<{ id: string }> } };
async function seedTeam(request: APIRequestContext, marker: string, memberId: string, tokenId: string): Promise<Seed> {
  const post = (data: Json) => request.post("/api/v1/articles", { data: { language: "fr", ...data } });
  const html = await ok<Article>(await post({ title: `Dépêche ${marker} <img src=x onerror=alert('title')>`, format: "html", text: HOSTILE_HTML(marker), outlet: `<b onmouseover=alert(1)>Agence</b> ${marker}`, url: "https://news.example/depeche" }));
  const text = await ok<Article>(await post({ title: `Communiqué <script>alert('title')</script> ${marker}`, text: HOSTILE_TEXT(marker), outlet: "Journal B", author: "<i>Anonyme</i>" }));
  await ok<Article>(await post({ title: `Note ${marker}`, format: "markdown", text: HOSTILE_MARKDOWN(marker) }));
  expect(text.article.claims.length, "the hostile text splits into 4 claims").toBeGreaterThanOrEqual(4);
  const claimIds = text.article.claims.map((c) => c.id);
  const { groupId } = await ok<{ groupId: string }>(await request.post(`/api/v1/claims/${claimIds[0]}/links`, { data: { otherClaimId: html.article.claims[0]!.id, relation: "same" } }), 200);
  await ok(await request.post(`/api/v1/claims/${claimIds[3]}/links`, { data: { otherClaimId: claimIds[0], relation: "contradicts" } }), 200);
  await ok(await request.post(`/api/v1/claims/${claimIds[1]}/rejections`, { data: { otherClaimId: html.article.claims[0]!.id } }));
  const invitation = await createInvitationVia(request, "viewer");
  // No worker runs next to the e2e server: the batch stays queued and writes nothing later.
  const { task } = await ok<{ task: { id: string } }>(await request.post("/api/v1/import-batches", { data: { articles: [{ title: `Batch ${marker}`, text: "Le maire a promis 40 logements en 2025." }] } }), 202);
  const team = await ok<{ team: { id: string }; members: Array<{ userId: string; role: string }> }>(await request.get("/api/v1/team"), 200);
  const ownerId = team.members.find((m) => m.role === "owner")!.userId;
  return {
    teamId: team.team.id, marker, ownerId, memberId: memberId || ownerId, articleId: text.article.id, claimIds, groupId,
    invitationId: invitation.invitation.id, invitationToken: new URL(invitation.url).pathname.split("/").pop()!, tokenId, taskId: task.id,
  };
}

type Identity = { session: APIRequestContext; token: APIRequestContext };
type World = { a: Seed; b: Seed; ownerA: { context: BrowserContext; user: NewUser }; roles: Record<Role, Identity>; intruder: Identity & { user: NewUser } };
let world: World;
const contexts: Array<{ close(): Promise<void> } | { dispose(): Promise<void> }> = [];
const marker = () => `zq${Math.random().toString(36).slice(2, 10)}`;

test.beforeAll(async ({ browser, playwright }, testInfo) => {
  test.setTimeout(180_000);
  const baseURL = testInfo.project.use.baseURL;
  const tokenContext = async (secret: string) => {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${secret}` } });
    contexts.push(context);
    return context;
  };
  const markA = marker();
  const aUser: NewUser = { ...makeUser("Alpha"), name: `Alice <img src=x onerror=alert('name')> ${markA}`, teamName: `Desk <svg onload=alert('team')> ${markA}` };
  const ownerA = await newSignedUpContext(browser, baseURL, aUser);
  const editorA = await newSignedUpContext(browser, baseURL, "EditorA");
  const viewerA = await newSignedUpContext(browser, baseURL, "ViewerA");
  const ownerB = await newSignedUpContext(browser, baseURL, "Intruder");
  contexts.push(ownerA.context, editorA.context, viewerA.context, ownerB.context);
  await acceptInvitationVia(editorA.page, (await createInvitationVia(ownerA.request, "editor")).url);
  await acceptInvitationVia(viewerA.page, (await createInvitationVia(ownerA.request, "viewer")).url);
  const aTokens = {
    owner: await createApiTokenVia(ownerA.request, "owner", `<script>alert('token')</script> ${markA}`),
    editor: await createApiTokenVia(ownerA.request, "editor"),
    viewer: await createApiTokenVia(ownerA.request, "viewer"),
  };
  const bToken = await createApiTokenVia(ownerB.request, "owner");
  const editorId = ((await (await editorA.request.get("/api/v1/team")).json()) as { members: Array<{ userId: string; email: string }> }).members.find((m) => m.email === editorA.user.email)!.userId;
  const a = await seedTeam(ownerA.request, markA, editorId, aTokens.viewer.token.id);
  const b = await seedTeam(ownerB.request, marker(), "", bToken.token.id);
  world = {
    a, b, ownerA: { context: ownerA.context, user: aUser },
    roles: {
      owner: { session: ownerA.request, token: await tokenContext(aTokens.owner.secret) },
      editor: { session: editorA.request, token: await tokenContext(aTokens.editor.secret) },
      viewer: { session: viewerA.request, token: await tokenContext(aTokens.viewer.secret) },
    },
    intruder: { session: ownerB.request, token: await tokenContext(bToken.secret), user: ownerB.user },
  };
});

test.afterAll(async () => {
  await Promise.all(contexts.splice(0).map((c) => ("close" in c ? c.close() : c.dispose())));
});

// ── Requests built from samples, and the other team's ids swapped in one slot at a time. ──

type Built = { method: string; pattern: string; params: Record<string, string>; query: Record<string, string>; body: unknown };
const build = (key: string, sample: ApiSample | PageSample, seed: Seed): Built => {
  const [method, pattern] = key.startsWith("/") ? ["GET", key] : (key.split(" ") as [string, string]);
  const api = sample as ApiSample;
  return { method, pattern, params: sample.params?.(seed) ?? {}, query: api.query?.(seed) ?? {}, body: api.body?.(seed) };
};
const urlOf = (r: Built) => `${fillPattern(r.pattern, r.params)}${Object.keys(r.query).length ? `?${new URLSearchParams(r.query)}` : ""}`;
const send = (ctx: APIRequestContext, r: Built, options: { headers?: Record<string, string>; data?: unknown } = {}) =>
  ctx.fetch(urlOf(r), { method: r.method, data: options.data ?? r.body, headers: options.headers, maxRedirects: 0, failOnStatusCode: false });

function flatten(value: unknown, prefix: string, out = new Map<string, unknown>()) {
  if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) flatten(v, `${prefix}.${k}`, out);
  else out.set(prefix, value);
  return out;
}
function withSlot(r: Built, slot: string, value: unknown): Built {
  const copy = structuredClone(r) as unknown as Json;
  const path = slot.split(".");
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Json;
  node[path.at(-1)!] = value;
  return copy as unknown as Built;
}
const secretsOf = (s: Seed) => [s.marker, s.teamId, s.ownerId, s.memberId, s.articleId, ...s.claimIds, s.groupId, s.invitationId, s.invitationToken, s.tokenId, s.taskId];

/** B's request with each of A's ids put in turn where B's was: all must be "not found". */
function foreignVariants(key: string, sample: ApiSample | PageSample) {
  const mine = build(key, sample, world.b);
  const theirs = flatten(build(key, sample, world.a), "r");
  const ids = new Set(secretsOf(world.a).slice(1));
  return [...flatten(mine, "r")].flatMap(([slot, value]) => {
    const foreign = theirs.get(slot);
    return foreign !== value && ids.has(foreign as string) ? [{ slot: slot.slice(2), request: withSlot(mine, slot.slice(2), foreign) }] : [];
  });
}
const leaksIn = (text: string, request: Built) => {
  const sent = JSON.stringify(request);
  return secretsOf(world.a).filter((secret) => !sent.includes(secret) && text.includes(secret));
};

test("every page and API route of app/ has a sample (a new route cannot escape this suite)", () => {
  const missing = [
    ...discoverApiRoutes().filter((key) => !(key in API_SAMPLES)).map((key) => `add a sample for "${key}" to API_SAMPLES in e2e/security.spec.ts`),
    ...discoverPages().filter((key) => !(key in PAGE_SAMPLES)).map((key) => `add a sample for page "${key}" to PAGE_SAMPLES in e2e/security.spec.ts`),
  ];
  const stale = [...Object.keys(API_SAMPLES).filter((k) => !discoverApiRoutes().includes(k)), ...Object.keys(PAGE_SAMPLES).filter((k) => !discoverPages().includes(k))];
  expect(missing, missing.join("\n")).toEqual([]);
  expect(stale, `samples for routes that no longer exist: ${stale.join(", ")}`).toEqual([]);
});

test("another team's session and API token: every foreign id looks unknown (404 in a path), no data of it shows, nothing changes", async () => {
  test.setTimeout(120_000);
  const before = await snapshotTeams([world.a.teamId, world.b.teamId]);
  const failures: string[] = [];
  let foreignIdsTried = 0;
  const answer = async (response: APIResponse) => `${response.status()} ${((await response.json().catch(() => ({}))) as { error?: { code?: string } }).error?.code ?? ""}`.trim();
  for (const [via, ctx] of Object.entries({ session: world.intruder.session, token: world.intruder.token })) {
    for (const [key, sample] of [...Object.entries(API_SAMPLES), ...Object.entries(PAGE_SAMPLES)]) {
      if (sample.exempt || (sample as PageSample).public) continue;
      const isPage = key.startsWith("/");
      const variants = foreignVariants(key, sample);
      const cases = variants.length > 0 ? variants : [{ slot: "", request: build(key, sample, world.b) }];
      for (const { slot, request } of cases) {
        // Without an id of A to address, a write can only touch B's own team: nothing to try.
        if (!slot && request.method !== "GET") continue;
        const response = await send(ctx, request);
        if (slot) foreignIdsTried++;
        const status = response.status();
        const text = await response.text();
        const what = `${key}${slot ? ` with A's ${slot}` : ""} (B's ${via})`;
        if (isPage && via === "token") {
          if (![307, 308].includes(status) || !response.headers()["location"]?.includes("/login")) failures.push(`${what}: pages take no token, expected a redirect to /login, got ${status}`);
        } else if (slot.startsWith("params.") && status !== 404) failures.push(`${what}: expected 404, got ${status} ${text.slice(0, 200)}`);
        else if (slot) {
          // In a body or query: exactly what an id that exists nowhere gets.
          const unknown = await answer(await send(ctx, withSlot(request, slot, "unknown-probe-id")));
          const got = await answer(response);
          if (got !== unknown) failures.push(`${what}: answered "${got}", an unknown id gets "${unknown}": a foreign id must look like one that does not exist`);
        } else if (status >= 400) failures.push(`${what}: expected B's own data, got ${status}`);
        const leaks = leaksIn(text, request);
        if (leaks.length > 0) failures.push(`${what}: the response contains team A's ${leaks.join(", ")}`);
      }
    }
  }
  expect(failures, failures.join("\n")).toEqual([]);
  // Each id-bearing route and page, with a session and a token: dozens of foreign ids.
  expect(foreignIdsTried).toBeGreaterThan(30);
  expect(await snapshotTeams([world.a.teamId, world.b.teamId])).toEqual(before);
});

test("every role: 403 below the route's role, through on and above it, with a session and with a token", async () => {
  test.setTimeout(120_000);
  const before = await snapshotTeams([world.a.teamId]);
  const failures: string[] = [];
  let refusals = 0;
  for (const [key, sample] of Object.entries(API_SAMPLES)) {
    if (sample.role === "public") continue;
    const valid = build(key, sample, world.a);
    for (const role of ROLES) {
      for (const [via, ctx] of Object.entries(world.roles[role])) {
        const what = `${key} as ${role} (${via})`;
        let request = valid;
        let expected: number[];
        if (!roleAllows(role, sample.role)) (expected = [403]), refusals++;
        else if (valid.method === "GET") expected = [200];
        // Allowed writes are probed so that they change nothing: an unknown id, or an unknown field.
        else if (Object.keys(valid.params).length > 0) (request = withSlot(valid, `params.${Object.keys(valid.params)[0]}`, "probe-unknown-id")), (expected = [404]);
        else (request = { ...valid, body: { ...(valid.body as Json), probeUnknownField: true } }), (expected = [422]);
        const response = await send(ctx, request);
        if (!expected.includes(response.status())) failures.push(`${what}: expected ${expected.join("/")}, got ${response.status()} ${(await response.text()).slice(0, 200)}`);
      }
    }
  }
  expect(failures, failures.join("\n")).toEqual([]);
  expect(refusals).toBeGreaterThan(20);
  expect(await snapshotTeams([world.a.teamId])).toEqual(before);
});

const SQL_AND_HTML = [`' OR '1'='1' --`, `1; DROP TABLE "Article"; --`, `<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`, `../../etc/passwd`, "\u0000"];
const wrongTypeFor = (value: unknown): unknown => (typeof value === "string" ? 12345 : typeof value === "number" ? "12" : typeof value === "boolean" ? "yes" : Array.isArray(value) ? { 0: 1 } : value === null ? 1 : "x");

test("malformed, mistyped, oversized, unknown and hostile input: a clear 4xx from every write, nothing changed", async () => {
  test.setTimeout(180_000);
  const before = await snapshotTeams([world.a.teamId]);
  const failures: string[] = [];
  const ctx = world.roles.owner.token;
  const json = { "Content-Type": "application/json" };
  let tried = 0;
  for (const [key, sample] of Object.entries(API_SAMPLES)) {
    const valid = build(key, sample, world.a);
    if (sample.role === "public" || valid.method === "GET") continue;
    const cases: Array<{ name: string; request?: Built; data?: unknown; headers?: Record<string, string>; status?: number }> = [];
    if (valid.body !== undefined) {
      const body = valid.body as Json;
      cases.push({ name: "malformed JSON", data: Buffer.from('{"title": '), headers: json, status: 400 });
      cases.push({ name: "invalid UTF-8", data: Buffer.concat([Buffer.from('{"name": "'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]), headers: json, status: 400 });
      cases.push({ name: "a JSON array", data: [], status: 422 });
      cases.push({ name: "JSON null", data: Buffer.from("null"), headers: json, status: 422 });
      cases.push({ name: "an unknown field", data: { ...body, isAdmin: true }, status: 422 });
      cases.push({ name: "a body over 2 MiB", data: Buffer.from(JSON.stringify({ ...body, padding: "x".repeat(2 * 1024 * 1024) })), headers: json, status: 413 });
      for (const field of Object.keys(body)) cases.push({ name: `a wrong type for ${field}`, data: { ...body, [field]: wrongTypeFor(body[field]) }, status: 422 });
      const idFields = Object.keys(body).filter((field) => secretsOf(world.a).includes(body[field] as string));
      for (const field of idFields) for (const payload of SQL_AND_HTML) cases.push({ name: `${JSON.stringify(payload)} as ${field}`, data: { ...body, [field]: payload } });
    }
    for (const slot of [...Object.keys(valid.params).map((p) => `params.${p}`), ...Object.keys(valid.query).map((q) => `query.${q}`)]) {
      for (const payload of SQL_AND_HTML) cases.push({ name: `${JSON.stringify(payload)} as ${slot}`, request: withSlot(valid, slot, payload) });
    }
    for (const c of cases) {
      tried++;
      const response = await send(ctx, c.request ?? valid, { data: c.data, headers: c.headers });
      const status = response.status();
      const error = ((await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } }).error;
      const clear = typeof error?.message === "string" && error.message.length > 3 && error.code !== "internal";
      if ((c.status ? status !== c.status : status < 400 || status >= 500) || !clear) {
        failures.push(`${key} with ${c.name}: expected ${c.status ?? "4xx"} with a message, got ${status} ${JSON.stringify(error)?.slice(0, 160)}`);
      }
    }
  }
  expect(failures, failures.join("\n")).toEqual([]);
  expect(tried).toBeGreaterThan(100);
  expect(await snapshotTeams([world.a.teamId])).toEqual(before);
});

/** Everything a page might do if hostile content ran: dialogs, foreign requests, CSP reports. */
async function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (["http:", "https:", "ws:", "wss:"].includes(url.protocol) && url.origin !== origin) problems.push(`request to ${request.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

test("hostile articles, claims and names render inertly on every page (Chromium)", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const page = await world.ownerA.context.newPage();
  const problems = await watch(page, new URL(baseURL!).origin);
  for (const [pattern, sample] of Object.entries(PAGE_SAMPLES)) {
    const url = fillPattern(pattern, sample.params?.(world.a) ?? {});
    await page.goto(url);
    // Hydration, then time for any late handler or request to show; link prefetches may
    // keep the network from ever being idle, so the wait is bounded.
    await page.waitForLoadState("networkidle", { timeout: 3_000 }).catch(() => undefined);
    const found = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      // zod 4 probes `new Function("")` once (to decide whether to JIT): CSP blocks and
      // reports it, zod falls back. Harmless, and not content: hostile script would have
      // to run first, which the other checks catch.
      csp: ((window as unknown as { __csp?: string[] }).__csp ?? []).filter((report) => report !== "script-src eval"),
      jsLinks: [...document.querySelectorAll("a[href], area[href]")].filter((a) => /^\s*javascript:/i.test(a.getAttribute("href") ?? "")).length,
      handlers: [...document.querySelectorAll("*")].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith("on")).map((n) => `${el.tagName}[${n}]`)),
      foreignElements: document.querySelectorAll("iframe, object, embed, base, meta[http-equiv]").length,
    }));
    expect(found, `${url} must render A's hostile content as text`).toEqual({ pwned: null, csp: [], jsLinks: 0, handlers: [], foreignElements: 0 });
  }
  // The script tags are shown, as text, where the claims are.
  await page.goto(`/articles/${world.a.articleId}`);
  await expect(page.getByText("<script>window.__pwned='claim';alert('claim')</script>", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("main")).toContainText(world.a.marker);
  expect(problems).toEqual([]);
  // A javascript: article link is refused at import.
  const refused = await world.roles.owner.session.post("/api/v1/articles", { data: { title: "x", text: "Le maire a promis 40 logements.", url: "javascript:alert(1)" } });
  expect(refused.status()).toBe(422);
  await page.close();
});

test("every page: nonce-based CSP, no inline-script allowance, framing refused, nosniff, referrer policy", async () => {
  const failures: string[] = [];
  const nonces = new Set<string>();
  const urls = [...Object.entries(PAGE_SAMPLES).map(([pattern, sample]) => fillPattern(pattern, sample.params?.(world.a) ?? {})), "/api/v1/articles"];
  for (const url of urls) {
    const response = await world.roles.owner.session.get(url, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src ")) ?? "";
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    if (!nonce || scriptSrc.includes("'unsafe-inline'") || scriptSrc.includes("'unsafe-eval'")) failures.push(`${url}: script-src is "${scriptSrc}"`);
    if (nonce) nonces.add(nonce);
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) if (!csp.includes(directive)) failures.push(`${url}: no ${directive}`);
    if (headers["x-content-type-options"] !== "nosniff") failures.push(`${url}: no nosniff`);
    if (headers["referrer-policy"] !== "strict-origin-when-cross-origin") failures.push(`${url}: referrer policy ${headers["referrer-policy"]}`);
    if (headers["x-frame-options"] !== "DENY") failures.push(`${url}: X-Frame-Options ${headers["x-frame-options"]}`);
    if (headers["content-type"]?.includes("text/html")) {
      const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
      const bare = scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`));
      if (scripts.length === 0 || bare.length > 0) failures.push(`${url}: ${bare.length} of ${scripts.length} script tags without the nonce`);
    }
  }
  expect(failures, failures.join("\n")).toEqual([]);
  expect(nonces.size, "a fresh nonce per response").toBe(urls.length);
  const unknownInvitation = await world.intruder.session.get(`/invite/${"x".repeat(43)}`);
  expect(unknownInvitation.status()).toBe(404);
});

test("session cookies are HttpOnly and SameSite=Lax; the active-team cookie too", async () => {
  const cookies = await world.ownerA.context.cookies();
  const session = cookies.find((c) => c.name === "next-auth.session-token");
  // Over http (the test server) the cookie cannot be Secure; with an https NEXTAUTH_URL
  // next-auth names it __Secure-next-auth.session-token and sets Secure (SECURITY.md).
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", secure: false });
  // The editor joined team A by invitation, which made it their active team.
  const { cookies: editorCookies } = await world.roles.editor.session.storageState();
  expect(editorCookies.find((c) => c.name === "claimdesk-team")).toMatchObject({ value: world.a.teamId, httpOnly: true, sameSite: "Lax", path: "/" });
});

test("CSRF: cookie-authenticated writes from another site are refused, in HTTP and in Chromium", async ({ baseURL }) => {
  const before = await snapshotTeams([world.a.teamId]);
  const owner = world.roles.owner.session;
  const own = new URL(baseURL!);
  const attempts: Array<Record<string, string>> = [
    { Origin: "http://evil.example" },
    { Origin: "null" },
    { "Sec-Fetch-Site": "cross-site" },
    { "Sec-Fetch-Site": "same-site", Origin: `http://evil.${own.host}` },
  ];
  for (const headers of attempts) {
    for (const [path, method, data] of [["/api/v1/team", "PATCH", { name: "CSRF" }], ["/api/v1/tokens", "POST", { name: "CSRF", role: "owner" }], ["/api/v1/articles", "POST", { title: "CSRF", text: "Le maire a promis 40 logements." }]] as const) {
      const response = await owner.fetch(path, { method, data, headers });
      expect(response.status(), `${method} ${path} with ${JSON.stringify(headers)}`).toBe(403);
      expect((await response.json()).error.message).toBe("Cross-site request refused.");
    }
  }
  // Our own origin goes through (here to validation: the probe changes nothing).
  expect((await owner.fetch("/api/v1/team", { method: "PATCH", data: { probe: 1 }, headers: { Origin: own.origin, "Sec-Fetch-Site": "same-origin" } })).status()).toBe(422);

  // A real cross-site page in Chromium: a JSON-looking text/plain form and a no-cors fetch.
  const page = await world.ownerA.context.newPage();
  await page.route("http://evil.test/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<form id="f" method="POST" enctype="text/plain" action="${own.origin}/api/v1/articles"><input name='{"title":"CSRF","text":"Le maire a promis 40 logements.","language":"fr","x":"' value='"}'></form>`,
    }),
  );
  await page.goto("http://evil.test/");
  await page.evaluate((url) => fetch(url, { method: "POST", credentials: "include", mode: "no-cors", body: '{"name":"CSRF"}' }).catch(() => null), `${own.origin}/api/v1/team`);
  const [response] = await Promise.all([page.waitForResponse(`${own.origin}/api/v1/articles`), page.evaluate(() => (document.getElementById("f") as HTMLFormElement).submit())]);
  expect([401, 403]).toContain(response.status());
  await page.close();
  expect(await snapshotTeams([world.a.teamId])).toEqual(before);
});

test("sign-in throttling: 10 failures a minute per account and per address, same answer for unknown e-mails", async ({ browser, baseURL, playwright }) => {
  test.setTimeout(90_000);
  const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}, 10.${Math.floor(Math.random() * 250)}.0.${Math.floor(Math.random() * 250)}`;
  const user = (await newSignedUpContext(browser, baseURL, "Throttled")).user;
  const api = await playwright.request.newContext({ baseURL });
  contexts.push(api);
  const forwarded = (address: string) => ({ "X-Forwarded-For": address });

  // Unknown e-mail and wrong password: the same status and error.
  const unknown = await apiSignIn(api, `nobody-${Date.now()}@test.claimdesk.local`, "whatever password", forwarded(ip()));
  const wrong = await apiSignIn(api, user.email, "not the password", forwarded(ip()));
  expect(unknown).toEqual({ status: 401, error: "CredentialsSignin" });
  expect(wrong).toEqual(unknown);

  // Per account: 9 more failures (10 in all), each from a new address; then even the right password is refused.
  for (let i = 0; i < 9; i++) expect((await apiSignIn(api, user.email, `wrong ${i}`, forwarded(ip()))).error).toBe("CredentialsSignin");
  expect(await apiSignIn(api, user.email, user.password, forwarded(ip()))).toEqual({ status: 401, error: "throttled" });
  const page = await (await browser.newContext({ baseURL, locale: "en-GB" })).newPage();
  contexts.push(page.context());
  await signIn(page, user.email, user.password);
  await expect(page.locator("form").getByRole("alert")).toHaveText("Too many sign-in attempts. Wait a minute, then try again.");

  // Per address: 10 failures on 10 unknown accounts, then a right password from that address is refused, not from another.
  const other = (await newSignedUpContext(browser, baseURL, "SameAddress")).user;
  const address = ip().split(",")[0]!;
  for (let i = 0; i < 10; i++) expect((await apiSignIn(api, `ghost-${i}-${Date.now()}@test.claimdesk.local`, "guess", forwarded(address))).error).toBe("CredentialsSignin");
  expect((await apiSignIn(api, other.email, other.password, forwarded(address))).error).toBe("throttled");
  expect((await apiSignIn(api, other.email, other.password, forwarded(ip()))).error).toBeNull();
});

test("after sign-in, ?next= only leads to a page of this site", async ({ page, baseURL }) => {
  const { user } = world.intruder;
  await page.goto(`/login?next=${encodeURIComponent("/\\evil.example/steal")}`);
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${baseURL}/articles`);
});
