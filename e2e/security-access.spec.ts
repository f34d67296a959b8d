// Who may reach what, against the real server: every page and route handler found in app/
// is tried with another team's session and API token (404, nothing changed), with every
// role (403 below the minimum) and with broken input (a clear 4xx, nothing changed).
import type { APIResponse } from "@playwright/test";
import { roleAllows, ROLES } from "../lib/auth/roles";
import { discoverApiRoutes, discoverPages, expect, snapshotTeams, test } from "./fixtures";
import {
  API_SAMPLES, build, type Built, foreignVariants, type Json, leaksIn, PAGE_SAMPLES, type PageSample, secretsOf, send, setUpWorld, tearDownWorld, withSlot, world,
} from "./security-world";

test.beforeAll(async ({ browser, playwright }, testInfo) => {
  test.setTimeout(180_000);
  await setUpWorld(browser, playwright, testInfo.project.use.baseURL);
});
test.afterAll(tearDownWorld);

test("every page and API route of app/ has a sample (a new route cannot escape this suite)", () => {
  const apiRoutes = discoverApiRoutes();
  const pages = discoverPages();
  const missing = [
    ...apiRoutes.filter((key) => !(key in API_SAMPLES)).map((key) => `add a sample for "${key}" to API_SAMPLES in e2e/security-world.ts`),
    ...pages.filter((key) => !(key in PAGE_SAMPLES)).map((key) => `add a sample for page "${key}" to PAGE_SAMPLES in e2e/security-world.ts`),
  ];
  const stale = [...Object.keys(API_SAMPLES).filter((k) => !apiRoutes.includes(k)), ...Object.keys(PAGE_SAMPLES).filter((k) => !pages.includes(k))];
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
