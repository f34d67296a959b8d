import type { Page } from "@playwright/test";
import { expect, newSignedUpContext, screenshot, setLocale, signUp, test } from "./fixtures";
import { type ImportedArticle, importSample, LYON_A, LYON_B } from "./samples";

// Empty, not-found, toast/undo, responsive and dark-mode states of the app's pages.

const A = LYON_A;
const B = LYON_B;

/** Waits for the client to take over (toasts and keyboard handlers need React). */
async function hydrated(page: Page) {
  await page.waitForFunction(() => document.readyState === "complete");
  await page.waitForLoadState("networkidle");
}

const toasts = (page: Page) => page.getByRole("status", { name: /Notifications/ });

test("a fresh team sees an empty state on every data page", async ({ page, newUser }) => {
  await signUp(page, newUser);
  await expect(page.getByRole("heading", { name: "Welcome to Claimdesk" })).toBeVisible();
  await expect(page.getByText("No articles", { exact: true })).toBeVisible();
  await screenshot(page, "states-articles-empty");

  await page.goto("/queue");
  await expect(page.getByRole("heading", { name: "No claims yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Import an article" })).toBeVisible();
  await screenshot(page, "states-queue-empty");

  await page.goto("/matrix");
  await expect(page.getByRole("heading", { name: "No articles yet" })).toBeVisible();

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Nothing to chart yet" })).toBeVisible();
  await screenshot(page, "states-dashboard-empty");

  await page.goto("/team");
  await expect(page.getByText("No API token yet.")).toBeVisible();
  await expect(page.getByText("No pending invitation.")).toBeVisible();

  // With articles, a filter that matches nothing says so and offers a reset.
  await importSample(page, A);
  await page.goto("/queue?outlet=nowhere");
  await expect(page.getByRole("heading", { name: "No claim matches these filters" })).toBeVisible();
  await page.getByRole("link", { name: "Reset filters" }).first().click();
  await expect(page.getByRole("heading", { name: "No claim matches these filters" })).toHaveCount(0);

  await setLocale(page, "fr");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Tableau de bord" })).toBeVisible();
  await page.goto("/matrix?q=introuvable");
  await expect(page.getByRole("heading", { name: /introuvable/ })).toBeVisible();
  await screenshot(page, "states-matrix-no-match-fr");
});

test("another team's record and an unknown id get a translated 404 page inside the app", async ({ page, browser, baseURL, newUser }) => {
  await signUp(page, newUser);
  const other = await newSignedUpContext(browser, baseURL, "Foreign");
  const foreign = await importSample(other.page, A);
  await other.context.close();

  for (const path of [`/articles/${foreign.id}`, `/groups/${foreign.id}`, "/articles/00000000-0000-4000-8000-000000000000"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Nothing here for your team" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
    await expect(page.getByText(foreign.claims[0]!.text)).toHaveCount(0);
  }
  await screenshot(page, "states-not-found");
  await page.getByRole("link", { name: "Go to articles" }).click();
  await expect(page).toHaveURL(/\/articles$/);

  // An unknown address: a 404 page of its own, outside the app shell.
  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to articles" })).toBeVisible();
  await screenshot(page, "states-not-found-root");

  await setLocale(page, "fr");
  const response = await page.goto(`/articles/${foreign.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Rien ici pour votre équipe" })).toBeVisible();
  await screenshot(page, "states-not-found-fr");
});

test("deleting a claim shows a toast whose Undo restores it", async ({ page, newUser }) => {
  await signUp(page, newUser);
  const article = await importSample(page, A);
  const target = article.claims[1]!;
  await page.goto(`/articles/${article.id}?claim=${target.id}`);
  await hydrated(page);
  const items = page.locator('aside ol > li[id^="claim-"]');
  await expect(items).toHaveCount(article.claims.length);

  await page.locator(`#claim-${target.id}`).getByRole("button", { name: /^Delete/ }).click();
  await expect(items).toHaveCount(article.claims.length - 1);
  const toast = toasts(page).locator("[data-toast]").filter({ hasText: "Claim deleted." });
  await expect(toast).toBeVisible();
  await screenshot(page, "states-reader-toast-undo");
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(toasts(page)).toContainText("Claim restored.");
  await expect(items).toHaveCount(article.claims.length);

  await page.reload();
  await expect(page.locator(`#claim-${target.id}`)).toContainText(target.text);
  const stored = (await (await page.request.get(`/api/v1/articles/${article.id}`)).json()) as { article: ImportedArticle };
  expect(stored.article.claims.map((c) => c.id)).toContain(target.id);

  // Toasts go away by themselves (plain ones after a few seconds).
  await expect(toasts(page).locator("[data-toast]")).toHaveCount(0, { timeout: 10_000 });
});

test("unlinking a matched statement can be undone from its toast", async ({ page, newUser }) => {
  await signUp(page, newUser);
  const a = await importSample(page, A);
  const b = await importSample(page, B);
  const claimA = a.claims.find((c) => c.text.includes("40 logements"))!;
  const claimB = b.claims.find((c) => c.text.includes("45 logements"))!;
  const link = await page.request.post(`/api/v1/claims/${claimA.id}/links`, { data: { otherClaimId: claimB.id, relation: "same" } });
  expect(link.status(), await link.text()).toBeLessThan(300);
  const groupOf = async (id: string) => ((await (await page.request.get(`/api/v1/claims/${id}`)).json()) as { claim: { groupId: string } }).claim.groupId;
  expect(await groupOf(claimB.id)).toBe(await groupOf(claimA.id));

  await page.goto(`/articles/${a.id}?claim=${claimA.id}`);
  await hydrated(page);
  const panel = page.locator(`#claim-${claimA.id}`).getByRole("region", { name: "Same claim in other sources" });
  await panel.getByRole("button", { name: "Unlink" }).click();
  const toast = toasts(page).locator("[data-toast]").filter({ hasText: "Unlinked." });
  await expect(toast).toBeVisible();
  await expect.poll(async () => (await groupOf(claimB.id)) !== (await groupOf(claimA.id))).toBe(true);

  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(toasts(page)).toContainText("Linked again.");
  await expect.poll(async () => (await groupOf(claimB.id)) === (await groupOf(claimA.id))).toBe(true);
  await page.reload();
  await expect(page.locator(`#claim-${claimA.id}`).getByRole("button", { name: "Unlink" })).toBeVisible();
});

test("no horizontal overflow on a laptop or a tablet, and dark mode follows the system", async ({ page, newUser }) => {
  test.setTimeout(90_000);
  await signUp(page, newUser);
  const a = await importSample(page, A);
  const b = await importSample(page, B);
  const claimA = a.claims.find((c) => c.text.includes("40 logements"))!;
  const claimB = b.claims.find((c) => c.text.includes("45 logements"))!;
  await page.request.post(`/api/v1/claims/${claimA.id}/links`, { data: { otherClaimId: claimB.id, relation: "same" } });
  const group = ((await (await page.request.get(`/api/v1/claims/${claimA.id}`)).json()) as { claim: { groupId: string } }).claim.groupId;
  const pages = ["/articles", `/articles/${a.id}?claim=${claimA.id}`, `/articles/${a.id}/history`, "/import", "/queue", "/matrix?minSources=1", "/dashboard", `/groups/${group}`, "/export", "/team", "/account"];

  for (const [width, height] of [[1280, 720], [768, 1024]] as const) {
    await page.setViewportSize({ width, height });
    for (const path of pages) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth, `${path} at ${width}×${height}`).toBeLessThanOrEqual(innerWidth);
    }
  }
  // On a tablet the claims panel comes under the text, full width, instead of squeezing it.
  await page.goto(`/articles/${a.id}?claim=${claimA.id}`);
  const aside = page.getByRole("complementary", { name: "Claims" });
  expect((await aside.boundingBox())!.width).toBeGreaterThan(600);
  await screenshot(page, "states-reader-tablet");

  await page.setViewportSize({ width: 1280, height: 720 });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/queue");
  const light = await background();
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await background();
  expect(dark).not.toBe(light);
  const header = await page.locator("header").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(header).not.toBe("rgb(255, 255, 255)");
  await screenshot(page, "states-queue-dark");
  await page.goto(`/articles/${a.id}?claim=${claimA.id}`);
  await screenshot(page, "states-reader-dark");
});

test("team actions confirm before revoking and report in a toast (French)", async ({ page, newUser }) => {
  await signUp(page, newUser);
  await setLocale(page, "fr");
  await page.goto("/team");
  await hydrated(page);
  const tokens = page.getByRole("region", { name: "Jetons d'API" });
  await tokens.getByLabel("Nom").fill("Script du desk");
  await tokens.getByRole("button", { name: "Créer le jeton" }).click();
  await expect(toasts(page)).toContainText("Jeton « Script du desk » créé.");

  // Revoking asks first; cancelling leaves the token active.
  await tokens.getByRole("button", { name: "Révoquer le jeton Script du desk" }).click();
  await tokens.getByRole("button", { name: "Annuler" }).click();
  await expect(tokens.getByRole("button", { name: "Révoquer le jeton Script du desk" })).toBeVisible();
  await tokens.getByRole("button", { name: "Révoquer le jeton Script du desk" }).click();
  await tokens.getByRole("button", { name: "Révoquer maintenant" }).click();
  await expect(toasts(page)).toContainText("Jeton « Script du desk » révoqué.");
  const listed = (await (await page.request.get("/api/v1/tokens")).json()) as { tokens: Array<{ name: string; status: string }> };
  expect(listed.tokens.map((t) => `${t.name}:${t.status}`)).toEqual(["Script du desk:revoked"]);
  await screenshot(page, "states-team-toast-fr");
});
