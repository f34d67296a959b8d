import type { Page } from "@playwright/test";
import { expect, newSignedInContext, openHydrated, screenshot, setLocale, signUp, test } from "./fixtures";
import { expectNoA11yViolations } from "./axe";
import { importSample } from "./samples";

// Seed-like: a short wire report on Putin's visit to Pyongyang, six claims.
const TEXT = [
  "Poutine en Corée du Nord pour la première fois depuis 24 ans",
  "",
  "Le président russe Vladimir Poutine est arrivé à Pyongyang dans la nuit du 18 au 19 juin 2024, selon l'agence KCNA.",
  "Il s'agit de sa première visite en Corée du Nord depuis 24 ans.",
  "",
  "Il était accompagné du ministre de la Défense Andreï Belooussov et du ministre des Affaires étrangères Sergueï Lavrov.",
  "Les deux pays ont signé un accord de partenariat stratégique mercredi. Kim Jong-un a qualifié la Russie d'« alliée la plus honnête ».",
].join("\n");

async function importPyongyang(page: Page) {
  // The "original" is a page of this very server, so opening it works offline.
  const url = `${test.info().project.use.baseURL}/api/health?original=pyongyang`;
  const article = await importSample(page, { title: "Poutine à Pyongyang", text: TEXT, outlet: "Agence Test", url, publishedAt: "2024-06-19", language: "fr" });
  expect(article.claims.length).toBeGreaterThanOrEqual(5);
  return article;
}

const queueRows = (page: Page) => page.getByRole("list", { name: "Claims to review" }).locator(":scope > li");
const verdictForm = (page: Page) => page.getByRole("form", { name: "Change the verdict" });
/** The verdict badge of a queue row (not the words of its open form). */
const rowStatus = (row: ReturnType<typeof queueRows>) => row.locator(":scope > button [data-status]");

/** Saves the open verdict form with Enter and waits until it is closed. */
async function submitVerdict(page: Page) {
  await expect(verdictForm(page)).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(verdictForm(page)).toHaveCount(0);
}

async function statuses(page: Page, articleId: string) {
  const response = await page.request.get(`/api/v1/claims?articleId=${articleId}&limit=50`);
  return ((await response.json()) as { claims: Array<{ id: string; status: string }> }).claims;
}

test("an article reviewed end to end with the keyboard only; dashboard and history follow", async ({ page, newUser }) => {
  test.setTimeout(120_000);
  await signUp(page, newUser);
  const article = await importPyongyang(page);
  await openHydrated(page, `/queue?articleId=${article.id}`);
  const rows = queueRows(page);
  await expect(rows).toHaveCount(article.claims.length);
  await expect(rows.nth(0)).toHaveAttribute("aria-current", "true");

  // 1: disputed needs a rationale — d, type it, Enter. The loop moves on to claim 2.
  await page.keyboard.press("d");
  await expect(verdictForm(page)).toBeVisible();
  await expect(verdictForm(page).getByLabel("Rationale (required for disputed)")).toBeFocused();
  await page.keyboard.type("Titre trompeur : la visite précédente date de juillet 2000, il y a presque 24 ans.");
  await screenshot(page, "verdicts-queue-form");
  await submitVerdict(page);
  await expect(rowStatus(rows.nth(0))).toHaveAttribute("data-status", "disputed");
  await expect(rows.nth(1)).toHaveAttribute("aria-current", "true");

  // 2: corroborated without support is refused by the rules; the form opens with evidence fields.
  await page.keyboard.press("c");
  await expect(verdictForm(page)).toContainText("Corroborated needs one supporting piece of evidence");
  await expect(verdictForm(page).getByLabel("URL")).toBeFocused();
  await page.keyboard.type("https://kcnawatch.example/2024/06/19/arrival"); // the URL field has the focus
  await page.keyboard.press("Tab");
  await page.keyboard.type("KCNA: arrivée de Vladimir Poutine");
  await submitVerdict(page);
  await expect(rowStatus(rows.nth(1))).toHaveAttribute("data-status", "corroborated");
  await expect(rows.nth(2)).toHaveAttribute("aria-current", "true");
  const second = (await (await page.request.get(`/api/v1/claims/${article.claims[1]!.id}`)).json()).claim;
  expect(second).toMatchObject({ status: "corroborated", version: 1, evidence: [{ kind: "link", stance: "supports", title: "KCNA: arrivée de Vladimir Poutine" }] });

  // 3: evidence first (p), a Markdown note with hostile HTML, then corroborate (c, Enter).
  await page.keyboard.press("p");
  const evidenceForm = page.getByRole("form", { name: "Add evidence" });
  await expect(evidenceForm.getByLabel("URL")).toBeFocused();
  await page.keyboard.press("Shift+Tab"); // URL → stance
  await page.keyboard.press("Shift+Tab"); // stance → kind
  await page.keyboard.press("ArrowDown"); // kind: link → claim
  await page.keyboard.press("ArrowDown"); // kind: claim → note
  await expect(evidenceForm.getByLabel("Kind")).toHaveValue("note");
  await page.keyboard.press("Tab"); // → stance
  await page.keyboard.press("Tab"); // → note
  await page.keyboard.type("Confirmé par l'**ambassade** <script>window.__pwned = 1</script> [lien](javascript:window.__pwned=2)");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("status").filter({ hasText: "Evidence added." })).toBeVisible();
  await expect(rows.nth(2).locator("strong", { hasText: "ambassade" })).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await page.keyboard.press("c");
  await submitVerdict(page);
  await expect(rowStatus(rows.nth(2))).toHaveAttribute("data-status", "corroborated");
  await expect(rows.nth(3)).toHaveAttribute("aria-current", "true");

  // Back to claim 1 (k k k) and reset it (n); then open the original (o) of the current claim.
  for (let i = 0; i < 3; i++) await page.keyboard.press("k");
  await expect(rows.nth(0)).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("n");
  await expect(rowStatus(rows.nth(0))).toHaveAttribute("data-status", "unverified");
  await expect(rows.nth(1)).toHaveAttribute("aria-current", "true");
  const popup = page.context().waitForEvent("page");
  await page.keyboard.press("o");
  expect((await popup).url()).toContain("original=pyongyang");
  await (await popup).close();
  await screenshot(page, "verdicts-queue");
  await expectNoA11yViolations(page, { include: "#content", impacts: "all" });

  // a assigns the current claim (2) to me; "My queue" then holds just that one.
  await page.keyboard.press("a");
  await expect(page.getByRole("status").filter({ hasText: `Assigned to ${newUser.name}.` })).toBeVisible();
  await page.getByRole("link", { name: "My queue" }).click();
  await expect(page.getByRole("heading", { name: "My queue" })).toBeVisible();
  await expect(queueRows(page)).toHaveCount(1);
  await expect(queueRows(page).first()).toHaveAttribute("data-claim-id", article.claims[1]!.id);
  await openHydrated(page, `/queue?articleId=${article.id}`);
  await page.keyboard.press("j"); // back to claim 2 for the history check below

  const stored = await statuses(page, article.id);
  expect(stored.map((claim) => claim.status)).toEqual(["unverified", "corroborated", "corroborated", ...article.claims.slice(3).map(() => "unverified")]);

  // History of claim 1 (h): its verdict changes, before → after, readable.
  await page.keyboard.press("k");
  await page.keyboard.press("h");
  await expect(page.getByRole("heading", { name: "History of a claim" })).toBeVisible();
  await expect(page.getByText("changed the verdict of", { exact: false })).toHaveCount(2);
  await screenshot(page, "verdicts-history");
  await expectNoA11yViolations(page, { include: "#content", impacts: "all" });

  // The dashboard charts the article and the outlet, and the progress over time.
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Bar chart of claims by verdict for 1 article/ }).locator("svg.recharts-surface")).toBeVisible();
  await expect(page.getByRole("img", { name: /Progress chart over 2 days: now 2 corroborated and 0 disputed/ }).locator("svg.recharts-surface")).toBeVisible();
  await expect(page.getByRole("list", { name: "Claims by verdict" })).toContainText("2");
  await screenshot(page, "verdicts-dashboard");
  await expectNoA11yViolations(page, { include: "#content", impacts: "all" });

  // The reader colours the highlights by verdict, with the word in the claim list.
  await openHydrated(page, `/articles/${article.id}`);
  await expect(page.locator(`mark[data-claim-id="${article.claims[1]!.id}"]`)).toHaveAttribute("data-status", "corroborated");
  await expect(page.locator(`mark[data-claim-id="${article.claims[0]!.id}"]`)).toHaveAttribute("data-status", "unverified");
  await screenshot(page, "verdicts-reader");

  // In French, and in the dark: the queue and the dashboard.
  await setLocale(page, "fr");
  await page.goto(`/queue?articleId=${article.id}`);
  await expect(page.getByRole("heading", { name: "File de vérification" })).toBeVisible();
  await expect(rowStatus(page.getByRole("list", { name: "Affirmations à vérifier" }).locator(":scope > li").nth(1))).toHaveText("Corroboré");
  await screenshot(page, "verdicts-queue-fr");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/dashboard");
  await expect(page.getByRole("img", { name: /Diagramme en barres/ }).first().locator("svg.recharts-surface")).toBeVisible();
  await screenshot(page, "verdicts-dashboard-dark");
});

test("a teammate's verdict shows up live, and a stale write shows both versions", async ({ page, browser, baseURL, newUser }) => {
  test.setTimeout(120_000);
  await signUp(page, newUser);
  const article = await importPyongyang(page);
  const claim = article.claims[1]!;
  const other = await newSignedInContext(browser, baseURL, newUser);
  try {
    await openHydrated(page, `/articles/${article.id}?claim=${claim.id}`);
    await openHydrated(other.page, `/articles/${article.id}?claim=${claim.id}`);

    // Both open the disputed form on the same claim; the other session saves first.
    const rationale = (p: Page) => verdictForm(p).getByLabel("Rationale (required for disputed)");
    await page.keyboard.press("d");
    await expect(rationale(page)).toBeFocused();
    await page.keyboard.type("Mine: KCNA gives the 19th.");
    await other.page.keyboard.press("d");
    await expect(rationale(other.page)).toBeFocused();
    await other.page.keyboard.type("Theirs: the night of the 18th to the 19th.");
    await submitVerdict(other.page);
    await expect(other.page.getByRole("status").filter({ hasText: "Marked disputed." })).toBeVisible();

    // Without reloading, the first page learns of it while still editing: both versions shown.
    const notice = verdictForm(page).getByRole("alert");
    await expect(notice).toContainText(`Changed by ${newUser.name}`, { timeout: 10_000 });
    await expect(notice.getByRole("region", { name: /Their version/ })).toContainText("Theirs: the night of the 18th to the 19th.");
    await expect(notice.getByRole("region", { name: "Your version" })).toContainText("Mine: KCNA gives the 19th.");
    // Enter is the stale write: the server answers 409, nothing is overwritten.
    await page.keyboard.press("Enter");
    await expect(notice).toContainText("Your version was not saved.");
    expect((await (await page.request.get(`/api/v1/claims/${claim.id}`)).json()).claim).toMatchObject({ version: 1, rationale: "Theirs: the night of the 18th to the 19th." });
    await screenshot(page, "verdicts-conflict");

    // Choosing "Save mine instead" is explicit; the other session then sees it live.
    await notice.getByRole("button", { name: "Save mine instead" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Marked disputed." })).toBeVisible();
    await expect(other.page.getByRole("region", { name: "Verdict" }).getByText("Mine: KCNA gives the 19th.")).toBeVisible({ timeout: 10_000 });
    await expect(other.page.locator(`mark[data-claim-id="${claim.id}"]`)).toHaveAttribute("data-status", "disputed");
    await screenshot(other.page, "verdicts-live");
  } finally {
    await other.context.close();
  }
});

test("the verdict API: 200 with the new version, 409 on a stale one, 422 naming the rule", async ({ page, newUser }) => {
  await signUp(page, newUser);
  const article = await importPyongyang(page);
  const claim = article.claims[0]!;
  const put = (data: Record<string, unknown>) => page.request.put(`/api/v1/claims/${claim.id}/verdict`, { data });

  const saved = await put({ status: "disputed", rationale: "Writer A", version: 0 });
  expect(saved.status()).toBe(200);
  expect((await saved.json()).claim).toMatchObject({ id: claim.id, status: "disputed", version: 1, rationale: "Writer A" });
  const stale = await put({ status: "disputed", rationale: "Writer B", version: 0 });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error).toMatchObject({ code: "conflict", currentVersion: 1, changedBy: newUser.name, current: { status: "disputed", rationale: "Writer A" } });
  const rule = await put({ status: "corroborated", version: 1 });
  expect(rule.status()).toBe(422);
  expect((await rule.json()).error).toMatchObject({ code: "rule_violation", rule: "corroborated-needs-support" });

  const history = await (await page.request.get(`/api/v1/claims/${claim.id}/history`)).json();
  expect(history.events.map((event: { action: string; before: unknown; after: { rationale: string } }) => [event.action, event.after.rationale])).toEqual([["verdict", "Writer A"]]);
  const listed = await (await page.request.get(`/api/v1/claims?articleId=${article.id}&status=disputed`)).json();
  expect(listed.claims.map((c: { id: string }) => c.id)).toEqual([claim.id]);
});

test("50 simultaneous API writes from the same version: one 200, 49 conflicts, one history entry", async ({ page, newUser }) => {
  test.setTimeout(90_000);
  await signUp(page, newUser);
  const article = await importPyongyang(page);
  const claim = article.claims[0]!;
  const responses = await Promise.all(
    Array.from({ length: 50 }, (_, i) => page.request.put(`/api/v1/claims/${claim.id}/verdict`, { data: { status: "disputed", rationale: `Writer ${i}`, version: 0 } })),
  );
  const codes = responses.map((response) => response.status());
  expect(codes.filter((code) => code === 200)).toHaveLength(1);
  expect(codes.filter((code) => code === 409)).toHaveLength(49);
  const winner = (await responses.find((response) => response.status() === 200)!.json()).claim;
  const conflict = (await responses.find((response) => response.status() === 409)!.json()).error;
  expect(conflict).toMatchObject({ currentVersion: 1, changedBy: newUser.name, current: { status: "disputed", rationale: winner.rationale } });
  const history = await (await page.request.get(`/api/v1/claims/${claim.id}/history`)).json();
  expect(history.events.filter((event: { action: string }) => event.action === "verdict")).toHaveLength(1);
});
