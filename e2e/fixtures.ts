import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import pg from "pg";
import { test as base, expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { Lang } from "./messages";

export const DEMO = { email: "demo@claimdesk.local", password: "claimdesk-demo" };

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `e2e/output/screenshots/${name}.png`, fullPage: true });
}

export const test = base.extend<{ newUser: NewUser }>({
  // A fresh identity per test: sign-ups never collide, reruns need no cleanup of old users.
  // Its team is "E2E desk …" (export file names start claimdesk-e2e-desk-).
  newUser: async ({}, use) => {
    await use(makeUser("E2E"));
  },
});

export { expect };

// ── Helpers for several users, sessions and tokens (team and security suites; others may use them). ──

export type NewUser = { name: string; email: string; password: string; teamName: string };

export function makeUser(label = "E2E"): NewUser {
  const suffix = randomUUID().slice(0, 8);
  return { name: `${label} ${suffix}`, email: `e2e-${label.toLowerCase().replace(/\W+/g, "-")}-${suffix}@test.claimdesk.local`, password: "correct horse battery staple", teamName: `${label} desk ${suffix}` };
}

/** The app's language cookie (NEXT_LOCALE) for the server under test; the next page load uses it. */
export async function setLocale(target: Page | BrowserContext, locale: Lang) {
  const context = "addCookies" in target ? target : target.context();
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: test.info().project.use.baseURL! }]);
}

/**
 * Opens a page (a path or URL, or any navigation such as a form submit) and waits for its first
 * /api/v1/changes poll: the live-refresh poll starts once React has hydrated, so keyboard
 * shortcuts and live updates work from then on.
 */
export async function openHydrated(page: Page, target: string | (() => Promise<unknown>)) {
  const polled = page.waitForResponse((response) => response.url().includes("/api/v1/changes"));
  await (typeof target === "string" ? page.goto(target) : target());
  await polled;
}

/** Sign-up through the form (a server action): the page's context then holds the session. */
export async function signUp(page: Page, user: NewUser) {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(user.name);
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByLabel("Team name").fill(user.teamName);
  await page.getByRole("button", { name: "Create team and sign in" }).click();
  await expect(page.getByRole("heading", { name: "Articles", exact: true })).toBeVisible();
}

/**
 * next-auth's credentials sign-in over HTTP (CSRF token, then the callback). `error` is
 * null on success, else "CredentialsSignin" or "throttled". The request context keeps the
 * session cookie.
 */
export async function apiSignIn(request: APIRequestContext, email: string, password: string, headers: Record<string, string> = {}) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", { form: { email, password, csrfToken, json: "true" }, headers, maxRedirects: 0 });
  const { url } = (await response.json()) as { url: string };
  return { status: response.status(), error: new URL(url).searchParams.get("error") };
}

async function newContextWithPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, locale: "en-GB" });
  return { context, page: await context.newPage(), request: context.request };
}

/** A browser context of its own with a freshly signed-up user (cookies shared by page and request). */
export async function newSignedUpContext(browser: Browser, baseURL: string | undefined, who: string | NewUser) {
  const user = typeof who === "string" ? makeUser(who) : who;
  const session = await newContextWithPage(browser, baseURL);
  await signUp(session.page, user);
  return { user, ...session };
}

/** A browser context of its own, signed in through the form as an existing user (another session of theirs). */
export async function newSignedInContext(browser: Browser, baseURL: string | undefined, user: NewUser) {
  const session = await newContextWithPage(browser, baseURL);
  await signIn(session.page, user.email, user.password);
  await expect(session.page.getByRole("heading", { name: "Articles", exact: true })).toBeVisible();
  return { user, ...session };
}

export async function createApiTokenVia(request: APIRequestContext, role: "owner" | "editor" | "viewer", name = `${role} token`) {
  const response = await request.post("/api/v1/tokens", { data: { name, role } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { token: { id: string; name: string; role: string }; secret: string };
}

export async function createInvitationVia(request: APIRequestContext, role: "owner" | "editor" | "viewer", email?: string) {
  const response = await request.post("/api/v1/team/invitations", { data: { role, ...(email ? { email } : {}) } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { invitation: { id: string }; url: string };
}

/** A signed-in page opens an invitation link and joins; the team becomes its active one. */
export async function acceptInvitationVia(page: Page, url: string) {
  await page.goto(new URL(url).pathname);
  await page.getByRole("button", { name: /^Join “/ }).click();
  await expect(page).toHaveURL(/\/articles$/);
}

// ── Route discovery and database snapshots (security suites: no route or table can escape). ──

function filesUnder(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, name);
    return entry.name === name ? [path] : [];
  });
}

/** "app/(app)/articles/[id]/page.tsx" → "/articles/[id]": route groups do not show in URLs. */
function routePattern(file: string): string {
  const segments = relative("app", dirname(file)).split(sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** Every page of app/, as URL patterns. */
export function discoverPages(): string[] {
  return filesUnder("app", "page.tsx").map(routePattern).sort();
}

/** Every route handler of app/ with its exported methods: "POST /api/v1/articles". */
export function discoverApiRoutes(): string[] {
  return filesUnder("app", "route.ts")
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      const methods = new Set<string>();
      for (const m of source.matchAll(/export\s+(?:const|let|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]!);
      for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const name of m[1]!.matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(name[1]!);
      return [...methods].map((method) => `${method} ${routePattern(file)}`);
    })
    .sort();
}

/** "/articles/[id]" + {id} → "/articles/abc"; a missing parameter is a mistake in the caller's sample. */
export function fillPattern(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`no value for [${name}] in ${pattern}`);
    return encodeURIComponent(params[name]!);
  });
}

/**
 * A fingerprint of every row a team owns: each table with a "teamId" column (tables added
 * later are included by themselves), the team row and its members' user rows.
 * `lastUsedAt` is left out: authenticating with a token updates it, by design.
 */
export async function snapshotTeams(teamIds: string[]): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE column_name = 'teamId' AND table_schema = current_schema() ORDER BY table_name`,
    );
    const snapshot: Record<string, string> = {};
    const row = (alias: string) => `(to_jsonb(${alias}) - 'lastUsedAt')::text`;
    for (const teamId of teamIds) {
      const queries: Array<[string, string]> = tables.map(({ table_name }) => [table_name, `SELECT ${row("t")} AS r FROM "${table_name}" t WHERE t."teamId" = $1`]);
      queries.push(["Team", `SELECT ${row("t")} AS r FROM "Team" t WHERE t.id = $1`]);
      queries.push(["User", `SELECT ${row("u")} AS r FROM "User" u JOIN "Membership" m ON m."userId" = u.id WHERE m."teamId" = $1`]);
      for (const [name, sql] of queries) {
        const { rows } = await client.query<{ r: string }>(sql, [teamId]);
        snapshot[`${teamId}/${name}`] = `${rows.length} rows ${createHash("sha256").update(rows.map((r) => r.r).sort().join("\n")).digest("hex").slice(0, 16)}`;
      }
    }
    return snapshot;
  } finally {
    await client.end();
  }
}
