// The shared fixture of the security suites (e2e/security-*.spec.ts): the sample request of
// every page and route handler under app/, two seeded teams with hostile content, every
// role of team A with a session and a token, and helpers that swap team A's ids into
// team B's requests.
import type { APIRequest, APIRequestContext, APIResponse, Browser, BrowserContext } from "@playwright/test";
import { type Role } from "../lib/auth/roles";
import {
  acceptInvitationVia, createApiTokenVia, createInvitationVia, expect, fillPattern, makeUser, newSignedUpContext, type NewUser,
} from "./fixtures";

/** One seeded team's ids and secrets; samples build their requests from it. */
type Seed = {
  teamId: string; marker: string; ownerId: string; memberId: string; articleId: string; claimIds: string[];
  groupId: string; invitationId: string; invitationToken: string; tokenId: string; taskId: string;
};
export type Json = Record<string, unknown>;
type ApiSample = { role: Role | "public"; params?: (s: Seed) => Record<string, string>; query?: (s: Seed) => Record<string, string>; body?: (s: Seed) => Json; exempt?: string };
export type PageSample = { params?: (s: Seed) => Record<string, string>; public?: true; exempt?: string };

/* ─────────────────────────────────────────────────────────────────────────────────────
 * THE SAMPLE TABLES. Every route handler and page under app/ needs an entry, or the first
 * test fails with "add a sample for …". `role`: the least role allowed. `params`, `query`,
 * `body`: a well-formed request built from a seed's ids; the suite swaps in the other
 * team's ids one at a time: in the path each must give 404, in a query or body the very
 * answer an unknown id gets (a filter may answer 200 — with none of the other team's
 * data). `exempt`: why a public route is skipped.
 * ───────────────────────────────────────────────────────────────────────────────────── */
const claim = (s: Seed) => ({ id: s.claimIds[0]! });
export const API_SAMPLES: Record<string, ApiSample> = {
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
export const PAGE_SAMPLES: Record<string, PageSample> = {
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
export let world: World;
/** Contexts closed by tearDownWorld (the suites add their own). */
export const contexts: Array<{ close(): Promise<void> } | { dispose(): Promise<void> }> = [];
const marker = () => `zq${Math.random().toString(36).slice(2, 10)}`;

/** Two teams, every role of team A (session and token), hostile content in both: the suites' shared fixture. */
export async function setUpWorld(browser: Browser, playwright: { request: APIRequest }, baseURL: string | undefined) {
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
}

export async function tearDownWorld() {
  await Promise.all(contexts.splice(0).map((c) => ("close" in c ? c.close() : c.dispose())));
}

// ── Requests built from samples, and the other team's ids swapped in one slot at a time. ──

export type Built = { method: string; pattern: string; params: Record<string, string>; query: Record<string, string>; body: unknown };
export const build = (key: string, sample: ApiSample | PageSample, seed: Seed): Built => {
  const [method, pattern] = key.startsWith("/") ? ["GET", key] : (key.split(" ") as [string, string]);
  const api = sample as ApiSample;
  return { method, pattern, params: sample.params?.(seed) ?? {}, query: api.query?.(seed) ?? {}, body: api.body?.(seed) };
};
const urlOf = (r: Built) => `${fillPattern(r.pattern, r.params)}${Object.keys(r.query).length ? `?${new URLSearchParams(r.query)}` : ""}`;
export const send = (ctx: APIRequestContext, r: Built, options: { headers?: Record<string, string>; data?: unknown } = {}) =>
  ctx.fetch(urlOf(r), { method: r.method, data: options.data ?? r.body, headers: options.headers, maxRedirects: 0, failOnStatusCode: false });

function flatten(value: unknown, prefix: string, out = new Map<string, unknown>()) {
  if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) flatten(v, `${prefix}.${k}`, out);
  else out.set(prefix, value);
  return out;
}
export function withSlot(r: Built, slot: string, value: unknown): Built {
  const copy = structuredClone(r) as unknown as Json;
  const path = slot.split(".");
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Json;
  node[path.at(-1)!] = value;
  return copy as unknown as Built;
}
export const secretsOf = (s: Seed) => [s.marker, s.teamId, s.ownerId, s.memberId, s.articleId, ...s.claimIds, s.groupId, s.invitationId, s.invitationToken, s.tokenId, s.taskId];

/** B's request with each of A's ids put in turn where B's was: all must be "not found". */
export function foreignVariants(key: string, sample: ApiSample | PageSample) {
  const mine = build(key, sample, world.b);
  const theirs = flatten(build(key, sample, world.a), "r");
  const ids = new Set(secretsOf(world.a).slice(1));
  return [...flatten(mine, "r")].flatMap(([slot, value]) => {
    const foreign = theirs.get(slot);
    return foreign !== value && ids.has(foreign as string) ? [{ slot: slot.slice(2), request: withSlot(mine, slot.slice(2), foreign) }] : [];
  });
}
export const leaksIn = (text: string, request: Built) => {
  const sent = JSON.stringify(request);
  return secretsOf(world.a).filter((secret) => !sent.includes(secret) && text.includes(secret));
};

