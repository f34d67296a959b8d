// Hostile content renders inertly in Chromium on every page; security headers, cookies,
// CSRF, sign-in throttling and redirects after sign-in, against the real server.
import type { Page } from "@playwright/test";
import { apiSignIn, expect, fillPattern, newSignedUpContext, signIn, snapshotTeams, test } from "./fixtures";
import {
  contexts, PAGE_SAMPLES, setUpWorld, tearDownWorld, world,
} from "./security-world";

test.beforeAll(async ({ browser, playwright }, testInfo) => {
  test.setTimeout(180_000);
  await setUpWorld(browser, playwright, testInfo.project.use.baseURL);
});
test.afterAll(tearDownWorld);

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
  const throttled = await newSignedUpContext(browser, baseURL, "Throttled");
  contexts.push(throttled.context);
  const { user } = throttled;
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
  const sameAddress = await newSignedUpContext(browser, baseURL, "SameAddress");
  contexts.push(sameAddress.context);
  const other = sameAddress.user;
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
